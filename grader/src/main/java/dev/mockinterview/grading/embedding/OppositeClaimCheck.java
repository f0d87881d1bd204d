package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that puts the opposite member of a pair into the very slot where a key point has its
 * member: the point says "在分组之后过滤", the answer "在分组之前过滤"; "参数量更大" against "参数量很小"; "LLaMA 用 Pre-LN" against
 * "LLaMA 用 Post-LN". The slot is the neighbourhood of the word: the CJK words right before or after it, or an English
 * term within a few characters. Concept pairs such as 相对/绝对 are safe only this way: correct answers contrast them
 * all the time, but rarely put the opposite into the point's own slot, and an answer that also says the point's member
 * in that slot is contrasting, not contradicting. A second cue is an inverted direction: the point says "把 A 转为 B",
 * the answer "把 B 转成 A".
 *
 * <p>Forms after a comparison or a negation ("比静态的好", "不是同步的") assert nothing; neither does a clause under a
 * condition ("如果…") or one about another entity of the rubric. Thread-safe and stateless after construction.
 */
final class OppositeClaimCheck {

    private static final String RESOURCE = "/dev/mockinterview/grading/lexical/opposites.tsv";

    /** How far a CJK neighbour may stand from the form; an English term may stand a little further. */
    private static final int CJK_WINDOW = 4;

    private static final int TERM_WINDOW = 10;

    private static final String FUNCTION_CHARS = "的了是在和与及或就也都而且但这那其之我你他它们吗呢吧啊呀嘛么个一些有为对将把被等会可以能要不没很更最还所此该并即则做上中得地着过";

    private static final ContentWords CONTENT = new ContentWords(FUNCTION_CHARS);

    /** Degree words between a slot and its form: "参数量很小" fills the slot of "参数量更大". */
    private static final Pattern DEGREE_BEFORE =
            Pattern.compile("(非常|特别|十分|相当|比较|变得|一般|通常|往往|很|更|较|都|也|是|的|会|就|则|要|在|变|得|还|只|仅)$");

    private static final Pattern FILLER_AFTER = Pattern.compile("^(的|了|地|着)");

    /** A negation anywhere in the clause: "并不是在分组之前过滤", "推理时不丢弃神经元". */
    static final Pattern NEGATION = Pattern.compile(
            "并不|并非|不是|不能|不会|不需要|无法|没有|没|未|不(?![同仅断少错管过久足止一])|\\b(not|never|cannot|can't|doesn't|don't|isn't|won't|no)\\b");

    /** A clause that states a condition or compares asserts nothing of the point's slot. */
    private static final Pattern NOT_A_CLAIM = Pattern.compile(
            "如果|若|假如|要是|一旦|否则|假设|相比|比起|不同于|而非|而不是|不像|比(?!例|如|特|率|重)|\\b(if|unless|than|unlike|instead|vs)\\b");

    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:。；;！!？?\\n]");

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\n]");

    /** Verbs of a directed relation: what is before them goes to what is after them. */
    private static final Pattern DIRECTED = Pattern.compile(
            "迁移给|迁移到|传给|传递给|转为|转换为|转换成|转化为|转成|升级成|升级为|变成|变为|蒸馏到|蒸馏给|映射到|映射为|投影到|压缩成|压缩为|压缩到|量化为|量化成|量化到|替换为|替换成");

    /** Where the first side of a directed relation starts: "把 A 转为 B", "从 A 迁移到 B". */
    private static final Pattern DIRECTED_START = Pattern.compile("[把将从由让是]");

    private final List<Family> families;

    /**
     * The members each key point holds, kept for the points of recent questions: a bank's questions are graded again
     * and again, and finding the members is most of this check's work. Guarded by itself.
     */
    private final Map<String, List<BoundFamily>> boundByPoint;

    private static final int BOUND_POINTS_KEPT = 4096;

    OppositeClaimCheck() {
        this(bundled());
    }

    OppositeClaimCheck(List<Family> families) {
        this.families = List.copyOf(families);
        this.boundByPoint = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<BoundFamily>> eldest) {
                return size() > BOUND_POINTS_KEPT;
            }
        };
    }

    /** Members of one slot: each member's forms, and the compounds in which a form is some other word. */
    record Family(List<List<Pattern>> members, List<String> compounds, List<String> words) {

        /** A neighbour that is itself a word of the family ("fp16 和 fp32") tells nothing about the slot. */
        boolean holds(String token) {
            for (String word : words) {
                if (word.contains(token)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index with an opposite claim, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer, String question) {
        return claims(points, AnswerText.of(answer), ContradictionCheck.Rubric.of(question, points));
    }

    /**
     * {@link #claims(List, String, String)} with the answer's clauses and the rubric's contrasted entities worked out
     * once per grade.
     */
    Map<Integer, ContradictingClause> claims(List<String> points, AnswerText answer, ContradictionCheck.Rubric rubric) {
        Map<String, String> contrasted = rubric.contrasted();
        Set<String> family = new HashSet<>();
        for (String point : points) {
            String subject = EntitySwapCheck.subject(point);
            if (!subject.isEmpty()) {
                family.add(subject);
            }
        }
        List<Clause> clauses = clauses(answer, contrasted, family);
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            String point = TermExtractor.normalize(points.get(i));
            Set<String> pointNames = names(point, contrasted, family);
            Set<String> pointWords = ContradictionCheck.contentWords(point, Map.of());
            Set<String> pointTerms = ContradictionCheck.englishTerms(point);
            // Only clauses on this point's subject can say its member elsewhere: "WHERE 才是在分组之后" is about
            // WHERE and does not make "HAVING 是在分组之前" a contrast.
            List<Clause> onSubject = clauses.stream()
                    .filter(c -> c.names().isEmpty() || c.names().stream().anyMatch(pointNames::contains))
                    .toList();
            List<BoundFamily> bound = bound(point);
            Relation relation = relation(point);
            for (Clause clause : clauses) {
                boolean otherSubject =
                        !clause.names().isEmpty() && clause.names().stream().noneMatch(pointNames::contains)
                                || !clause.lead().isEmpty() && !pointTerms.contains(clause.lead());
                if (otherSubject || !clause.claims() || !onTopic(clause, pointWords, pointTerms)) {
                    continue;
                }
                Opposed opposed = opposite(
                        point,
                        clause.text(),
                        onSubject,
                        bound,
                        ContradictionCheck.fitBetter(
                                clause.words(), clause.names(), points.get(i), pointNames, rubric));
                Inverted inverted = opposed == null && relation != null ? inverted(relation, clause.text()) : null;
                if (opposed != null || inverted != null) {
                    // Quoted as the rubric and the candidate wrote them: "Pre-LN", not "pre-ln".
                    String rawClause = answer.text().substring(clause.start(), clause.end());
                    String reason = opposed != null
                            ? "说的是「"
                                    + Written.at(
                                            rawClause,
                                            clause.text(),
                                            opposed.answered().start(),
                                            opposed.answered().end())
                                    + "」，要点是「"
                                    + Written.at(
                                            points.get(i),
                                            point,
                                            opposed.said().start(),
                                            opposed.said().end())
                                    + "」"
                            : "方向反了：说的是从「"
                                    + Written.find(
                                            rawClause,
                                            inverted.answered().from().strip()) + "」到「"
                                    + Written.find(
                                            rawClause, inverted.answered().to().strip()) + "」，要点是从「"
                                    + Written.find(
                                            points.get(i),
                                            inverted.said().from().strip()) + "」到「"
                                    + Written.find(
                                            points.get(i), inverted.said().to().strip()) + "」";
                    claims.put(i, new ContradictingClause(clause.start(), clause.end(), reason));
                    break;
                }
            }
        }
        return claims;
    }

    /**
     * The clause shares two words with the point, or names one of the point's English terms in a sentence that shares
     * two: "GPT-3 用的是 Post-LN" is short, its sentence goes on about LayerNorm and gradients.
     */
    private static boolean onTopic(Clause clause, Set<String> pointWords, Set<String> pointTerms) {
        return ContradictionCheck.shared(clause.words(), pointWords) >= 2
                || ContradictionCheck.shared(clause.terms(), pointTerms) >= 1
                        && ContradictionCheck.shared(clause.sentenceWords(), pointWords) >= 2;
    }

    /**
     * The clause puts another member into a slot of the point's member, and the answer nowhere puts the member there.
     *
     * @param fitBetter the rubric's other points that the clause fits better: one of them must say the point's member
     *     too, or the clause states that point rather than the opposite of this one
     */
    private @Nullable Opposed opposite(
            String point, String clause, List<Clause> all, List<BoundFamily> families, List<String> fitBetter) {
        // "并不是在分组之前" denies the opposite; "推理时不丢弃" denies the point's predicate of it.
        if (NEGATION.matcher(clause).find()) {
            return null;
        }
        for (BoundFamily boundFamily : families) {
            Family family = boundFamily.family();
            List<List<Occurrence>> inPoint = boundFamily.inPoint();
            for (int bound = 0; bound < inPoint.size(); bound++) {
                for (Occurrence said : inPoint.get(bound)) {
                    for (int other = 0; other < family.members().size(); other++) {
                        if (other == bound) {
                            continue;
                        }
                        for (Occurrence answered : occurrences(clause, family, other)) {
                            // The word after a one-character member is its compound ("小模型"), the term and not the
                            // slot: only what stands before it places it ("迁移给小模型", "参数量小").
                            int sides = said.form().length() == 1 ? 1 : 2;
                            for (int side = 0; side < sides; side++) {
                                if (intersects(said.context(side), answered.context(side), sides == 1)
                                        && !pointSaysToo(inPoint.get(other), answered, side)
                                        && !bothInClause(point, family, bound, said)
                                        && !saidAnywhere(all, family, bound, said, sides)
                                        && ContradictionCheck.aboutThisPoint(fitBetter, saysMember(family, bound))) {
                                    return new Opposed(said, answered);
                                }
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The point's member where the point says it, and the other member where the clause puts it instead. */
    private record Opposed(Occurrence said, Occurrence answered) {}

    /** Whether a text holds a form of the family's member. */
    private static Predicate<String> saysMember(Family family, int member) {
        return text -> !occurrences(text, family, member).isEmpty();
    }

    /**
     * Whether a form in the point and its opposite in a clause fill one slot: they share a neighbour before or after
     * them (words of the pair itself aside). "显存占用增加" and "显存占用会减少" do; "增加延迟" and "减少幻觉" do not.
     */
    static boolean sameSlot(
            String point,
            int pointStart,
            int pointEnd,
            String clause,
            int clauseStart,
            int clauseEnd,
            Predicate<String> pairWord) {
        List<Set<String>> said = List.of(left(point, pointStart), right(point, pointEnd));
        List<Set<String>> answered = List.of(left(clause, clauseStart), right(clause, clauseEnd));
        for (int side = 0; side < 2; side++) {
            said.get(side).removeIf(pairWord);
            answered.get(side).removeIf(pairWord);
            if (intersects(said.get(side), answered.get(side))) {
                return true;
            }
        }
        return false;
    }

    /** A family with the point's occurrences of each of its members, found once per point rather than per clause. */
    private record BoundFamily(Family family, List<List<Occurrence>> inPoint) {}

    /** The families of which the point holds at least one member. */
    private List<BoundFamily> bound(String point) {
        synchronized (boundByPoint) {
            List<BoundFamily> known = boundByPoint.get(point);
            if (known != null) {
                return known;
            }
        }
        List<BoundFamily> found = findBound(point);
        synchronized (boundByPoint) {
            boundByPoint.put(point, found);
        }
        return found;
    }

    private List<BoundFamily> findBound(String point) {
        List<BoundFamily> bound = new ArrayList<>();
        for (Family family : families) {
            List<List<Occurrence>> inPoint = new ArrayList<>();
            boolean any = false;
            for (int m = 0; m < family.members().size(); m++) {
                List<Occurrence> found = occurrences(point, family, m);
                inPoint.add(found);
                any |= !found.isEmpty();
            }
            if (any) {
                bound.add(new BoundFamily(family, List.copyOf(inPoint)));
            }
        }
        return List.copyOf(bound);
    }

    /**
     * The point itself puts the answered member into that slot elsewhere ("前缀内部是双向注意力，…自身内部是单向注意力"): the
     * answer's "双向注意力" repeats one side of the point, it does not oppose the other.
     */
    private static boolean pointSaysToo(List<Occurrence> inPoint, Occurrence answered, int side) {
        return inPoint.stream().anyMatch(o -> intersects(o.context(side), answered.context(side)));
    }

    /**
     * The point itself names another member in the same clause ("从单向变为双向", "同时使用 FP16 和 FP32", "用大的教师模型训练更小的学生模型"):
     * it relates the members and binds neither to a slot. Any form of the other member counts here, a comparative
     * ("更小") too, except inside a word that holds both members ("大小" is a size).
     */
    private static boolean bothInClause(String point, Family family, int bound, Occurrence said) {
        for (int other = 0; other < family.members().size(); other++) {
            if (other == bound) {
                continue;
            }
            for (Pattern form : family.members().get(other)) {
                Matcher also = form.matcher(point);
                while (also.find()) {
                    if (insideWordOfBoth(point, also.start(), also.end(), family, bound)) {
                        continue;
                    }
                    int from = Math.min(said.start(), also.start());
                    int to = Math.max(said.start(), also.start());
                    if (!CLAUSE_END.matcher(point.substring(from, to)).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The form stands inside a compound of the family that also holds a form of the bound member ("大小"). */
    private static boolean insideWordOfBoth(String text, int start, int end, Family family, int bound) {
        for (String compound : family.compounds()) {
            if (insideCompound(text, start, end, List.of(compound))
                    && family.members().get(bound).stream()
                            .anyMatch(form -> form.matcher(compound).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer puts the point's own member into the same slot somewhere, by either neighbour that places it: a
     * contrast, not a contradiction.
     */
    private boolean saidAnywhere(List<Clause> all, Family family, int member, Occurrence said, int sides) {
        for (Clause clause : all) {
            for (Occurrence again : occurrences(clause.text(), family, member)) {
                for (int side = 0; side < sides; side++) {
                    if (intersects(said.context(side), again.context(side))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The point relates A to B in a direction ("把 FP32 转为 INT8", "大模型的知识迁移给小模型") and the clause relates B to A: the
     * same named things swapped, or members of one family ("大"/"小") on swapped sides.
     */
    private @Nullable Inverted inverted(Relation said, String clause) {
        Relation answered = relation(clause);
        if (answered == null) {
            return null;
        }
        Inverted inversion = new Inverted(said, answered);
        String from = head(said.from());
        String to = head(said.to());
        if (!from.isEmpty()
                && !from.equals(to)
                && from.equals(head(answered.to()))
                && to.equals(head(answered.from()))) {
            return inversion;
        }
        for (Family family : families) {
            for (int a = 0; a < family.members().size(); a++) {
                for (int b = 0; b < family.members().size(); b++) {
                    if (a != b
                            && holds(said.from(), family, a, b)
                            && holds(said.to(), family, b, a)
                            && holds(answered.from(), family, b, a)
                            && holds(answered.to(), family, a, b)) {
                        return inversion;
                    }
                }
            }
        }
        return null;
    }

    /** The phrase names member {@code member} of the family and not member {@code not}. */
    private static boolean holds(String phrase, Family family, int member, int not) {
        return !occurrences(phrase, family, member).isEmpty()
                && occurrences(phrase, family, not).isEmpty();
    }

    /** What is moved or turned into what: the phrases before and after a directed verb, within its clause. */
    private record Relation(String from, String to) {}

    /** The point's relation and the clause's, which goes the other way. */
    private record Inverted(Relation said, Relation answered) {}

    private static @Nullable Relation relation(String text) {
        Matcher verb = DIRECTED.matcher(text);
        while (verb.find()) {
            if (verb.start() > 0 && "反逆".indexOf(text.charAt(verb.start() - 1)) >= 0) {
                // "反量化为 FP32" goes the other way on purpose: dequantizing is no inverted quantization.
                continue;
            }
            String before = text.substring(0, verb.start());
            int cut = Math.max(lastIndexOf(before, CLAUSE_END), lastIndexOf(before, DIRECTED_START));
            String from = before.substring(cut + 1);
            String after = text.substring(verb.end());
            Matcher end = CLAUSE_END.matcher(after);
            String to = end.find() ? after.substring(0, end.start()) : after;
            if (!from.isBlank() && !to.isBlank()) {
                return new Relation(from, to);
            }
        }
        return null;
    }

    private static int lastIndexOf(String text, Pattern pattern) {
        int last = -1;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            last = matcher.start();
        }
        return last;
    }

    /** The thing a phrase names: "大模型的知识" names 大模型; "int8 存储" names int8. */
    private static String head(String phrase) {
        String stripped = phrase.strip();
        Matcher name = ContradictionCheck.ENTITY.matcher(stripped);
        if (name.lookingAt()) {
            return name.group();
        }
        int end = 0;
        while (end < stripped.length()
                && end < 6
                && TermExtractor.isCjk(stripped.charAt(end))
                && stripped.charAt(end) != '的') {
            end++;
        }
        return end >= 2 ? stripped.substring(0, end) : "";
    }

    /** Where a member of the family stands asserted in the text, with the neighbours of each place. */
    private static List<Occurrence> occurrences(String text, Family family, int member) {
        List<Occurrence> found = new ArrayList<>();
        for (Pattern form : family.members().get(member)) {
            Matcher matcher = form.matcher(text);
            while (matcher.find()) {
                if (insideCompound(text, matcher.start(), matcher.end(), family.compounds())
                        || insideLongerForm(text, matcher.start(), matcher.end(), family)
                        || ContradictionCheck.NOT_ASSERTED
                                .matcher(text.substring(Math.max(0, matcher.start() - 3), matcher.start()))
                                .find()) {
                    continue;
                }
                Set<String> before = left(text, matcher.start());
                Set<String> after = right(text, matcher.end());
                before.removeIf(family::holds);
                after.removeIf(family::holds);
                found.add(new Occurrence(matcher.group(), matcher.start(), List.of(before, after)));
            }
        }
        return found;
    }

    private static boolean insideCompound(String text, int start, int end, List<String> compounds) {
        for (String compound : compounds) {
            for (int at = text.indexOf(compound, Math.max(0, end - compound.length()));
                    at >= 0 && at <= start;
                    at = text.indexOf(compound, at + 1)) {
                if (at + compound.length() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "更大" of one member holds "大" of the same family: the longer form is the word. */
    private static boolean insideLongerForm(String text, int start, int end, Family family) {
        for (List<Pattern> member : family.members()) {
            for (Pattern form : member) {
                Matcher longer = form.matcher(text);
                while (longer.find()) {
                    if (longer.start() <= start && longer.end() >= end && longer.end() - longer.start() > end - start) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private record Occurrence(String form, int start, List<Set<String>> context) {
        Set<String> context(int side) {
            return context.get(side);
        }

        int end() {
            return start + form.length();
        }
    }

    /** The neighbours before a form: the CJK words of the few characters before it, and any English term close by. */
    private static Set<String> left(String text, int at) {
        String before = text.substring(0, at);
        Matcher end = CLAUSE_END.matcher(before);
        int clause = 0;
        while (end.find()) {
            clause = end.end();
        }
        before = before.substring(clause).stripTrailing();
        for (Matcher degree = DEGREE_BEFORE.matcher(before); degree.find(); degree = DEGREE_BEFORE.matcher(before)) {
            before = before.substring(0, degree.start()).stripTrailing();
        }
        Set<String> context = words(before.substring(Math.max(0, before.length() - CJK_WINDOW)));
        terms(before.substring(Math.max(0, before.length() - TERM_WINDOW)), context);
        if (!before.isEmpty() && CONTENT.isContent(before.charAt(before.length() - 1))) {
            context.add("<" + before.charAt(before.length() - 1));
        }
        return context;
    }

    private static Set<String> right(String text, int at) {
        String after = text.substring(at);
        Matcher end = CLAUSE_END.matcher(after);
        after = (end.find() ? after.substring(0, end.start()) : after).stripLeading();
        Matcher filler = FILLER_AFTER.matcher(after);
        if (filler.find()) {
            after = after.substring(filler.end()).stripLeading();
        }
        Set<String> context = words(after.substring(0, Math.min(after.length(), CJK_WINDOW)));
        terms(after.substring(0, Math.min(after.length(), TERM_WINDOW)), context);
        if (!after.isEmpty() && CONTENT.isContent(after.charAt(0))) {
            context.add(">" + after.charAt(0));
        }
        return context;
    }

    private static Set<String> words(String window) {
        Set<String> words = new HashSet<>();
        CONTENT.addTo(words, window, false);
        return words;
    }

    private static void terms(String window, Set<String> context) {
        Matcher term = ContradictionCheck.ENTITY.matcher(window);
        while (term.find()) {
            if (term.group().length() >= 2) {
                context.add(term.group());
            }
        }
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return intersects(a, b, false);
    }

    /**
     * Whether the contexts share a word; for a one-character member only a Chinese word places it: "CPU 推理适合小模型"
     * and "CPU 上跑大模型" share the term CPU, not the slot before 小/大.
     */
    private static boolean intersects(Set<String> a, Set<String> b, boolean chineseOnly) {
        for (String word : a) {
            if (b.contains(word) && !(chineseOnly && word.chars().allMatch(c -> c < 128))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause of the answer, normalized, with the rubric's entities it names and the English name it starts with
     * ("PyTorch 用动态图"), both carried on through its sentence, and what every point's test needs of it, worked out
     * once: its content words and English terms, its sentence's content words (read once for the sentence), and
     * whether it states a condition or a comparison.
     */
    private record Clause(
            int start,
            int end,
            String text,
            Set<String> names,
            String lead,
            Set<String> words,
            Set<String> terms,
            Set<String> sentenceWords,
            boolean claims) {

        Clause(int start, int end, String text, Set<String> names, String lead, Set<String> sentenceWords) {
            this(
                    start,
                    end,
                    text,
                    names,
                    lead,
                    ContradictionCheck.contentWords(text, Map.of()),
                    ContradictionCheck.englishTerms(text),
                    sentenceWords,
                    !NOT_A_CLAIM.matcher(text).find());
        }
    }

    private static final Pattern LEAD = Pattern.compile("^\\s*(" + ContradictionCheck.ENTITY.pattern() + ")");

    /** The answer's clauses, normalized, each with the entities it names or continues from its sentence. */
    private static List<Clause> clauses(AnswerText answer, Map<String, String> contrasted, Set<String> family) {
        List<Clause> clauses = new ArrayList<>();
        Set<String> carried = Set.of();
        String carriedLead = "";
        for (AnswerSentence sentence : answer.sentences()) {
            List<AnswerSentence.Part> parts = sentence.clauses();
            // The sentence normalized whole, as its clauses' topic is read.
            Set<String> sentenceWords = ContradictionCheck.contentWords(
                    TermExtractor.normalize(answer.text()
                            .substring(
                                    parts.get(0).start(),
                                    parts.get(parts.size() - 1).end())),
                    Map.of());
            for (AnswerSentence.Part part : parts) {
                String text = part.text();
                Set<String> names = names(text, contrasted, family);
                if (names.isEmpty()) {
                    names = carried;
                }
                Matcher lead = LEAD.matcher(text);
                boolean opensSentence = clauses.isEmpty()
                        || SENTENCE_END
                                .matcher(clauses.get(clauses.size() - 1).text())
                                .find();
                String leading = lead.find() && lead.group(1).length() >= 2 ? lead.group(1) : carriedLead;
                if (!text.isBlank()) {
                    clauses.add(new Clause(part.start(), part.end(), text, names, leading, sentenceWords));
                }
                boolean sentenceEnds = SENTENCE_END.matcher(text).find();
                carried = sentenceEnds ? Set.of() : names;
                // Only the name a sentence opens with is its subject; "CPU 用 FP32" in mid-sentence is one clause's.
                carriedLead = sentenceEnds ? "" : opensSentence ? leading : carriedLead;
            }
        }
        return clauses;
    }

    private static Set<String> names(String text, Map<String, String> contrasted, Set<String> family) {
        Set<String> names = new HashSet<>(ContradictionCheck.named(text, contrasted));
        Matcher name = ContradictionCheck.ENTITY.matcher(text);
        while (name.find()) {
            if (family.contains(name.group())) {
                names.add(name.group());
            }
        }
        return names;
    }

    static List<Family> bundled() {
        try (InputStream in = Objects.requireNonNull(
                OppositeClaimCheck.class.getResourceAsStream(RESOURCE), "bundled lexicon missing: " + RESOURCE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled lexicon of opposites", e);
        }
    }

    static List<Family> parse(InputStream in) throws IOException {
        List<Family> families = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<List<Pattern>> members = new ArrayList<>();
                List<String> compounds = new ArrayList<>();
                List<String> words = new ArrayList<>();
                for (String column : line.split("\t")) {
                    if (column.startsWith("!")) {
                        compounds.addAll(List.of(column.substring(1).split("\\|")));
                    } else {
                        members.add(forms(column));
                        words.addAll(List.of(column.split("\\|")));
                    }
                }
                if (members.size() < 2) {
                    throw new IllegalArgumentException("a line of opposites needs two members: " + line);
                }
                families.add(new Family(members, compounds, words));
            }
        }
        return families;
    }

    /** English forms match whole words; Chinese ones anywhere. */
    private static List<Pattern> forms(String alternatives) {
        List<Pattern> forms = new ArrayList<>();
        for (String form : alternatives.split("\\|")) {
            forms.add(
                    form.chars().allMatch(c -> c < 128)
                            ? Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(form) + "(?![a-z0-9]|-[a-z])")
                            : Pattern.compile(Pattern.quote(form)));
        }
        return forms;
    }
}
