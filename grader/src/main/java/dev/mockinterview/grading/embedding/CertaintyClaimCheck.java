package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that asserts as certain what a key point hedges: the point says "int8 不一定比 fp16 快，要看
 * kernel", the answer "int8 肯定比 fp16 快"; "RAG 不能完全消除幻觉" against "用了 RAG 就能彻底消除幻觉"; "是否必要取决于场景"
 * against "在任何场景下都完全没必要". The confident-but-wrong answer says nothing opposite, so no other cue sees it.
 *
 * <p>Three kinds of hedge, each answered by its own absolutes: a modal one ("不一定", "未必", "并不总是") by any certainty
 * ("肯定", "一定", "总是", "不管…都"); a limit ("不能完全", "只能缓解") by completeness ("彻底", "完全能", "100%") or by a certainty
 * about eliminating the thing; a dependence ("取决于", "要看") by any certainty, positive or negative. The absolute must
 * bind the hedged predicate: its own clause holds a word of what the point hedges (the "快" of "比 fp16 快", the "效果" of
 * "提升效果"), so "int8 肯定能省显存" does not answer a point hedging speed. Nothing is claimed by an absolute that is
 * negated ("不能说一定更快"), softened ("一般肯定"), asked, reported ("很多人以为"), conditional ("如果…就一定"), said of
 * another English-named thing than the point's subject, or by an answer that hedges the same predicate anywhere.
 * Thread-safe and stateless.
 */
final class CertaintyClaimCheck {

    private enum Kind {
        /** "不一定", "未必": the thing holds sometimes. */
        MODAL,
        /** "不能完全", "只能缓解": the thing is lessened, never removed. */
        LIMIT,
        /** "取决于", "要看": whether the thing holds depends on conditions. */
        DEPENDS
    }

    private static final Pattern MODAL_HEDGE =
            Pattern.compile("不一定|未必|并不总是|并不总|并非总是|并非总|不是总|不总是|不总能|不总会|不见得|并非都|并不都|不是所有|并非所有|不能保证|无法保证|不保证"
                    + "|\\bnot necessarily\\b|\\bnot always\\b|\\bdoes(?:n't| not) always\\b|\\bnot guaranteed\\b"
                    + "|\\bdoes(?:n't| not) guarantee\\b");

    private static final Pattern LIMIT_HEDGE = Pattern.compile("并不能完全|并不能彻底|不能完全|无法完全|不能彻底|无法彻底|不可能完全|不可能彻底"
            + "|只能缓解|只能减少|只能降低|只能减轻|只能减弱|只能部分"
            + "|\\b(?:cannot|can't|can not) (?:fully|completely|entirely)\\b|\\bonly (?:mitigates?|reduces?)\\b");

    private static final Pattern DEPENDS_HEDGE =
            Pattern.compile("取决于|要看|得看|需要看|视[^，,。；;]{1,12}而定|因[^，,。；;]{1,10}而异|看情况|看场景|具体情况具体分析"
                    + "|\\bdepends? on\\b|\\bit depends\\b");

    /** Words of the answer that hedge a sentence as a whole (the point's hedges and their spoken forms). */
    private static final Pattern ANSWER_HEDGE = Pattern.compile(MODAL_HEDGE.pattern() + "|" + LIMIT_HEDGE.pattern()
            + "|" + DEPENDS_HEDGE.pattern()
            + "|不绝对|没有绝对|不能一概而论|一概而论|没有万能|不是万能|分情况|分场景|有时候?|有些情况|某些情况|不一而足"
            + "|\\bsometimes\\b|\\bnot every\\b");

    /** Softeners in the absolute's own clause: "一般肯定能", "基本可以彻底". */
    private static final Pattern SOFTENER = Pattern.compile("一般|通常|往往|大多|多数|大部分|大概率|可能|也许|或许|大概|基本上|基本能|基本可以|基本会|几乎|倾向于"
            + "|\\b(?:usually|often|typically|mostly|generally|may|might|likely|probably|almost)\\b");

    /** Any certainty: "肯定", "一定" (not "一定程度", "有一定"), "总是", "不管…都", "任何情况下". */
    private static final Pattern CERTAINTY = Pattern.compile("肯定|(?<![有在到达某])一定(?!程度|的|量|范围|条件|比例|规模|数量|时间|次数|阈值|区间|长度)"
            + "|必然|必定|势必|总是|总能|总会|永远|始终|(?<!篇)一律|毫无疑问|无一例外|绝对(?=能|会|是|不|没|可以|可|越|更|比|要)"
            + "|(?:任何|所有|一切|各种|全部)的?(?:情况|场景|场合|条件|时候|任务|硬件|配置|设置|领域|阶段)"
            + "|(?:不管|无论|不论)[^。；;!?！？]{0,30}?都"
            + "|\\b(?:always|definitely|certainly|invariably|guaranteed|guarantees?|never|in (?:all|every|any) cases?"
            + "|no matter)\\b");

    /** Completeness: "彻底", "完全能", "100%", "根除". */
    private static final Pattern COMPLETENESS = Pattern.compile("彻底|根除|杜绝|一劳永逸|百分之百|百分百|100\\s*%"
            + "|完全(?=能|可以|可|会|地|消除|解决|避免|杜绝|替代|取代|防止|去除|根除|没|不|无)"
            + "|\\b(?:completely|fully|entirely|totally)\\b");

    /** "一定要" is an obligation: it counters only a point that hedges a necessity ("不一定需要扩词表"). */
    private static final Pattern OBLIGATION = Pattern.compile("一定(?:要|得|需要)|\\b(?:must|always have to)\\b");

    private static final Pattern NECESSITY =
            Pattern.compile("^\\s*(?:要|得)|需要|必要|必须|\\b(?:need|needs|necessary|required)\\b");

    /** A dependence of whether something holds ("是否必要取决于…"), not of how much ("速度取决于…"). */
    private static final Pattern WHETHER =
            Pattern.compile("是否|能否|可否|要不要|需不需要|该不该|值不值得|有没有|是不是|会不会|好坏|快慢|优劣|\\bwhether\\b");

    private static final Pattern DEGREE = Pattern.compile("(?:越|更(?![新换改正替])|较)([\\u4e00-\\u9fff])");

    /** A verb that removes the thing: a certainty about it ("一定能消除幻觉") overclaims against a limit. */
    private static final Pattern REMOVAL =
            Pattern.compile("消除|根除|杜绝|解决|避免|防止|去除|\\b(?:eliminates?|solves?|prevents?|removes?)\\b");

    /** A negation before the absolute in its clause ("不能简单说一定", "并非总是", "也不是一定"). */
    private static final Pattern NEGATION =
            Pattern.compile("不(?!管|论|同|断|仅|但|光|少|错|久)|没|未|非(?!常)|无(?!论|害|损|误|缝|限|偏|监督)|(?<![区分类性级识辨告特])别|难以|很难|谈不上"
                    + "|\\b(?:not|never|cannot|no|hardly)\\b|n't\\b");

    /** A negation after the absolute makes it a negative certainty ("一定不会", "完全没必要"). */
    private static final Pattern NEGATED_AFTER =
            Pattern.compile("不(?!少|错|仅|同|断|久|管|论)|没|无(?!论|害|损|误|缝|限|偏|监督)|未|\\b(?:not|never|no)\\b|n't\\b");

    /** A sentence that asks, reports another's belief, or states a condition asserts nothing certain. */
    private static final Pattern NOT_ASSERTED = Pattern.compile("[?？]|吗|是不是|会不会|能不能|以为|人认为|人说|人觉得|误区|误解|说法|谁说|所谓|据说|迷信"
            + "|如果|假如|要是|只有|(?<![倘])若(?!干)|假设|只要|一旦|除非|当[^，,。；;]{1,20}(?:时|的时候)"
            + "|(?<!任何|所有|一切|各种|全部|什么)(?:情况|场景|场合|条件)下"
            + "|\\b(?:if|unless|when|whether|myth|misconception)\\b|\\bpeople (?:think|say|believe)\\b");

    /** A point this long is quoted whole in the reason. */
    private static final int QUOTED_POINT = 40;

    /** A hedged sentence this short names nothing of its own. */
    private static final int BARE_SENTENCE = 12;

    /** The 比 of a comparison, not of 比较 or 比如. */
    private static final Pattern THAN = Pattern.compile("比(?!较|如|例|率|特|重|赛)");

    private static final Pattern ENGLISH = Pattern.compile("[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*");

    /** Characters that make no content word, beyond the shared function characters: relations and degrees. */
    private static final String STOP_CHARS = ContradictionCheck.FUNCTION_CHARS + "比越得地着过于从向到让使给用以否即便些种能够";

    private static final Set<String> ENGLISH_STOP = Set.of(
            "the", "and", "for", "with", "than", "that", "this", "are", "can", "will", "its", "more", "better", "much");

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index with a certainty claimed against its hedge, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer) {
        List<AnswerSentence> sentences = AnswerSentence.split(answer);
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            for (Hedge hedge : hedges(points.get(i))) {
                ContradictingClause claim = claim(hedge, sentences);
                if (claim != null) {
                    claims.put(i, claim);
                    break;
                }
            }
        }
        return claims;
    }

    private static @Nullable ContradictingClause claim(Hedge hedge, List<AnswerSentence> sentences) {
        if (sentences.stream().anyMatch(sentence -> acknowledges(sentence, hedge))) {
            return null;
        }
        for (AnswerSentence sentence : sentences) {
            if (NOT_ASSERTED.matcher(sentence.text()).find()
                    || ANSWER_HEDGE.matcher(sentence.text()).find()) {
                continue;
            }
            for (Absolute absolute : absolutes(sentence, hedge)) {
                AnswerSentence.Part clause = sentence.clauses().get(absolute.clause());
                String span = sentence.text().substring(0, clause.to());
                // "MoE 的推理速度取决于专家数" says how, not whether: a certain comparison ("肯定比稠密模型快") is no answer to it.
                boolean comparesAgainstHow = hedge.kind() == Kind.DEPENDS
                        && !hedge.whether()
                        && THAN.matcher(clause.text()).find();
                if (!comparesAgainstHow
                        && bindsPredicate(clause.text(), hedge)
                        && hedge.shared(span) >= 2
                        && hedge.subject().spokenOf(span)
                        && sameSubject(span, hedge)
                        && !SOFTENER.matcher(clause.text()).find()) {
                    return new ContradictingClause(
                            clause.start(),
                            clause.end(),
                            "参考答案说「" + hedge.original() + "」，"
                                    + (hedge.kind() == Kind.LIMIT ? "只能部分做到" : "要视情况而定")
                                    + "，回答却说得绝对（「" + absolute.word() + "」）");
                }
            }
        }
        return null;
    }

    /**
     * The answer itself hedges the point's thing somewhere, so it knows the claim is not certain: a hedged sentence that
     * holds a word of the point, or a bare one ("不过也不绝对。") that can only be about what came before.
     */
    private static boolean acknowledges(AnswerSentence sentence, Hedge hedge) {
        if (!ANSWER_HEDGE.matcher(sentence.text()).find() && !hasNegatedCertainty(sentence)) {
            return false;
        }
        return hedge.shared(sentence.text()) >= 1
                || sentence.clauses().stream().anyMatch(clause -> bindsPredicate(clause.text(), hedge))
                || sentence.text().strip().length() <= BARE_SENTENCE;
    }

    private static boolean hasNegatedCertainty(AnswerSentence sentence) {
        for (AnswerSentence.Part clause : sentence.clauses()) {
            Matcher certainty = CERTAINTY.matcher(clause.text());
            while (certainty.find()) {
                if (NEGATION.matcher(clause.text().substring(0, certainty.start()))
                        .find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The asserted absolutes of the sentence that answer this kind of hedge, with the clause each binds. */
    private static List<Absolute> absolutes(AnswerSentence sentence, Hedge hedge) {
        Kind kind = hedge.kind();
        List<Absolute> found = new ArrayList<>();
        for (Pattern form : kind == Kind.LIMIT ? List.of(COMPLETENESS, CERTAINTY) : List.of(CERTAINTY, COMPLETENESS)) {
            Matcher matcher = form.matcher(sentence.text());
            while (matcher.find()) {
                int clause = sentence.clauseAt(matcher.end() - 1);
                AnswerSentence.Part part = sentence.clauses().get(clause);
                // "不管…都" may span clauses: a negation counts from the clause where the absolute starts.
                int start = sentence.clauseStartOf(matcher.start());
                String before = sentence.text().substring(start, matcher.start());
                String after = sentence.text().substring(matcher.end(), part.to());
                if (NEGATION.matcher(before).find()) {
                    continue;
                }
                boolean negative =
                        NEGATED_AFTER.matcher(after).find() || matcher.group().equals("never");
                boolean fits = switch (kind) {
                    case MODAL -> !negative;
                    case LIMIT ->
                        !negative
                                && (form == COMPLETENESS
                                        || REMOVAL.matcher(part.text()).find());
                    case DEPENDS -> true;
                };
                if (fits) {
                    found.add(new Absolute(matcher.group(), clause));
                }
            }
        }
        return found;
    }

    /**
     * The clause holds the head of what the point hedges (its last word: "无害" of "模型输出完全无害", "快" of "比 fp16 快")
     * or two of its words; a Chinese one when the point has one. "RLHF 肯定能让输出更符合偏好" shares only "输出" with it.
     */
    private static boolean bindsPredicate(String clause, Hedge hedge) {
        // The absolute itself is no word of the predicate: "必然" holds the "必" of "是否必要".
        String rest =
                COMPLETENESS.matcher(CERTAINTY.matcher(clause).replaceAll(" ")).replaceAll(" ");
        List<String> predicate = List.copyOf(hedge.predicate());
        return contains(rest, predicate.get(predicate.size() - 1))
                || predicate.stream().filter(word -> contains(rest, word)).count() >= 2;
    }

    /**
     * The span speaks of the point's subject: it names no English thing, or one of the point's, and one of the
     * subject's when the subject has English names ("fp16 肯定比 fp32 快" is not about int8). A comparison keeps its
     * sides: "fp16 一定比 int8 快" reverses "int8 不一定比 fp16 快".
     */
    private static boolean sameSubject(String span, Hedge hedge) {
        Set<String> named = english(span);
        if (named.isEmpty()) {
            return true;
        }
        if (named.stream().noneMatch(hedge.names()::contains)) {
            return false;
        }
        if (!hedge.subject().names().isEmpty()
                && named.stream().noneMatch(hedge.subject().names()::contains)) {
            return false;
        }
        int than = -1;
        for (Matcher comparison = THAN.matcher(span); comparison.find(); ) {
            than = comparison.start();
        }
        Subject subject = hedge.subject();
        if (than >= 0 && !subject.compared().isEmpty()) {
            String afterThan = span.substring(than + 1);
            String beforeThan = span.substring(0, than);
            if (subject.compared().stream().noneMatch(word -> contains(afterThan, word))) {
                return false;
            }
            return subject.compared().stream().noneMatch(word -> contains(beforeThan, word))
                    || subject.words().stream().anyMatch(word -> contains(beforeThan, word));
        }
        return true;
    }

    /**
     * A hedge of a point: the clause holding it, what it hedges (its predicate words) and the point's words and names.
     *
     * @param original the point as written (its hedged clause when long), for the reason
     * @param predicate the words of the hedged thing: after a modal or limit hedge, before a dependence
     * @param words every content word of the point, hedges removed
     * @param necessity the hedged thing is a need ("不一定要扩词表"), so "一定要" counters it
     * @param whether a dependence says whether the thing holds ("是否必要取决于…"), not how much
     */
    private record Hedge(
            Kind kind,
            String original,
            Set<String> predicate,
            Set<String> words,
            Set<String> names,
            Subject subject,
            boolean necessity,
            boolean whether) {

        int shared(String text) {
            int shared = 0;
            for (String word : words) {
                if (contains(text, word)) {
                    shared++;
                }
            }
            return shared;
        }
    }

    /**
     * What the hedge speaks of.
     *
     * @param words its content words and English names
     * @param degrees characters after a degree word ("多" of "数据越多", "大" of "更大的 batch"): the subject is the
     *     degree, so "数据质量好，效果肯定更好" does not speak of "数据越多"
     * @param names its English names ("int8" of "int8 不一定比 fp16 快")
     * @param compared the words of what it is compared with, after 比
     */
    private record Subject(Set<String> words, Set<String> degrees, Set<String> names, Set<String> compared) {

        boolean spokenOf(String span) {
            return (words.isEmpty() || words.stream().anyMatch(word -> contains(span, word)))
                    && degrees.stream().allMatch(span::contains);
        }
    }

    private record Absolute(String word, int clause) {}

    private static List<Hedge> hedges(String point) {
        List<Hedge> hedges = new ArrayList<>();
        String normalizedPoint = TermExtractor.normalize(point);
        Set<String> words = new LinkedHashSet<>();
        for (String clause : point.split("[，,：:。；;！!？?\\n]")) {
            String text = TermExtractor.normalize(clause);
            words.addAll(keys(blank(text), false));
        }
        Set<String> names = english(normalizedPoint);
        List<String> previous = new ArrayList<>();
        for (String clause : point.split("(?<=[，,：:。；;！!？?\\n])")) {
            String text = TermExtractor.normalize(clause);
            for (Kind kind : Kind.values()) {
                Matcher hedge = pattern(kind).matcher(text);
                if (!hedge.find()) {
                    continue;
                }
                String before = text.substring(0, hedge.start());
                String after = text.substring(hedge.end());
                String subject = before;
                Set<String> predicate;
                if (kind == Kind.DEPENDS) {
                    // What depends is the word right before the hedge: "推理速度取决于硬件" hedges 速度, not 推理.
                    predicate = last(predicate(blank(before)));
                    if (predicate.isEmpty() && !previous.isEmpty()) {
                        subject = previous.get(previous.size() - 1);
                        if (ANSWER_HEDGE.matcher(subject).find()) {
                            // "int8 不一定更快，要看 kernel": the clause before has hedged its thing already.
                            continue;
                        }
                        predicate = last(predicate(blank(subject)));
                    }
                } else {
                    Matcher comparison = THAN.matcher(after);
                    // "比全量微调差": what is hedged is the comparative at the end, not the thing compared with.
                    predicate = comparison.find() ? last(predicate(blank(after))) : predicate(blank(after));
                    if (predicate.isEmpty()) {
                        // "速度提升不一定": the hedged thing stands before the hedge.
                        predicate = last(predicate(blank(before)));
                    }
                }
                if (predicate.isEmpty()) {
                    continue;
                }
                Set<String> subjectWords = keys(blank(subject), false);
                subjectWords.removeAll(predicate);
                Set<String> compared = new TreeSet<>();
                Matcher than = THAN.matcher(after);
                if (kind != Kind.DEPENDS && than.find()) {
                    compared.addAll(keys(blank(after.substring(than.end())), false));
                    compared.removeAll(predicate);
                }
                Set<String> allWords = new LinkedHashSet<>(words);
                allWords.addAll(predicate);
                hedges.add(new Hedge(
                        kind,
                        quoted(point, clause),
                        predicate,
                        allWords,
                        names,
                        new Subject(subjectWords, degreeWords(blank(subject)), english(subject), compared),
                        NECESSITY.matcher(kind == Kind.DEPENDS ? before : after).find(),
                        WHETHER.matcher(subject).find()));
            }
            previous.add(text);
        }
        return hedges;
    }

    /** The point as the reason quotes it: whole when short, else the clause holding the hedge. */
    private static String quoted(String point, String clause) {
        String quoted = point.strip().length() <= QUOTED_POINT ? point : clause;
        return quoted.strip().replaceAll("[，,：:。；;！!？?]+$", "");
    }

    private static Pattern pattern(Kind kind) {
        return switch (kind) {
            case MODAL -> MODAL_HEDGE;
            case LIMIT -> LIMIT_HEDGE;
            case DEPENDS -> DEPENDS_HEDGE;
        };
    }

    private static Set<String> last(Set<String> words) {
        String last = null;
        for (String word : words) {
            last = word;
        }
        return last == null ? Set.of() : Set.of(last);
    }

    /** The content characters right after a degree word: "越多", "更大". */
    private static Set<String> degreeWords(String text) {
        Set<String> degrees = new LinkedHashSet<>();
        Matcher degree = DEGREE.matcher(text);
        while (degree.find()) {
            degrees.add(degree.group(1));
        }
        return degrees;
    }

    /** The text with its hedge words blanked, so "取决" or "不一" never count as the point's words. */
    private static String blank(String text) {
        return ANSWER_HEDGE.matcher(text).replaceAll(" ");
    }

    /** The Chinese words of the hedged thing; English ones only when it has no Chinese word. */
    private static Set<String> predicate(String text) {
        Set<String> chinese = keys(text, true);
        chinese.removeIf(word -> !TermExtractor.isCjk(word.charAt(0)));
        if (!chinese.isEmpty()) {
            return chinese;
        }
        Set<String> english = new LinkedHashSet<>();
        Matcher word = ENGLISH.matcher(text);
        while (word.find()) {
            if (word.group().length() >= 3 && !ENGLISH_STOP.contains(word.group())) {
                english.add(stem(word.group()));
            }
        }
        return english;
    }

    /**
     * Content bigrams and English names; with {@code lone}, also a content character standing alone between function
     * characters ("快" of "比 fp16 快", "好" of "更好的效果"), the predicate of many a comparison.
     */
    private static Set<String> keys(String text, boolean lone) {
        Set<String> keys = new LinkedHashSet<>(english(text));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isContent(c)) {
                continue;
            }
            boolean pairsAfter = i + 1 < text.length() && isContent(text.charAt(i + 1));
            boolean pairsBefore = i > 0 && isContent(text.charAt(i - 1));
            if (pairsAfter) {
                keys.add(text.substring(i, i + 2));
            } else if (lone && !pairsBefore) {
                keys.add(String.valueOf(c));
            }
        }
        return keys;
    }

    private static boolean isContent(char c) {
        return TermExtractor.isCjk(c) && STOP_CHARS.indexOf(c) < 0;
    }

    private static Set<String> english(String text) {
        Set<String> names = new TreeSet<>();
        Matcher word = ENGLISH.matcher(text);
        while (word.find()) {
            if (word.group().length() >= 2) {
                names.add(word.group());
            }
        }
        return names;
    }

    /** English words match by their first five letters ("eliminate", "eliminates"); others as they are. */
    private static String stem(String word) {
        return word.length() > 5 && word.chars().allMatch(Character::isLetter) ? word.substring(0, 5) : word;
    }

    private static boolean contains(String text, String word) {
        if (TermExtractor.isCjk(word.charAt(0))) {
            return text.contains(word);
        }
        if (word.length() == 5 && word.chars().allMatch(Character::isLetter)) {
            Matcher stemmed = Pattern.compile("\\b" + Pattern.quote(word)).matcher(text);
            return stemmed.find();
        }
        return ContradictionCheck.wholeWordAt(text, word, 0) >= 0;
    }
}
