package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
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
 * Finds a clause of the answer that widens to everything what a key point restricts to a part, or narrows to a part
 * what the point says of all: the point says "RoPE 只作用于 q 和 k，不作用于 v", the answer "旋转同时作用在 q、k、v 上";
 * "LoRA 只训练低秩矩阵 A 和 B" against "LoRA 训练时全部参数都会更新"; "冻结预训练模型的全部原有参数" against "只冻结前面几层".
 * The confident-but-wrong answer says nothing opposite and names the point's things, so no other cue sees it.
 *
 * <p>The slot is the point's action (训练/更新, 冻结, 作用于, 共享, 计算, 保存, 看到 …): the answer's clause must speak of the same
 * one. It widens the point's restriction by an all-word ("所有", "全部", "整个", "每个", "all") quantifying something else
 * than the restricted part, or by naming the part the point excludes ("v" of "不作用于 v", "原权重" of "原权重冻结"); it
 * narrows the point's "全部" by "只" with a part-word ("一部分", "一半", "前几层"). Nothing is claimed from a clause that is
 * negated, hedged, conditional, asked, a comparison, about a whole method ("全量微调") or another thing than the point's,
 * nor from an answer that states the restriction (or the whole) itself somewhere. A point that restricts and quantifies
 * the same action at once ("PEFT 只训练少量参数；全量微调更新全部参数") contrasts two things and is left alone.
 * Thread-safe and stateless.
 */
final class ExclusiveClaimCheck {

    /** An action a point may restrict; a generic one needs another shared word to be the same slot. */
    private record Action(Pattern verb, boolean generic) {}

    private static final Action TRAIN = new Action(
            // "训练时" and "微调后" say when, not what is trained; "更新成" says what a thing becomes.
            Pattern.compile("(?<!预)训练(?!集|数据|样本|阶段|时|的时候|过程|中|期间|后|完|好)|更新(?!成|为|量|规则|公式|频率|步|后|完)"
                    + "|微调(?!时|的时候|过程|中|阶段|期间|后|完|好)"
                    + "|\\b(?:train|trains|trained|training|update|updates|updated|fine-?tun(?:e|es|ed|ing))\\b"),
            false);

    private static final Action FREEZE =
            new Action(Pattern.compile("冻结|冻住|\\b(?:freeze|freezes|freezing|frozen)\\b"), false);

    private static final List<Action> ACTIONS = List.of(
            TRAIN,
            FREEZE,
            new Action(Pattern.compile("作用于|作用在|作用到|施加|应用于|应用在|加在|加到|\\b(?:apply|applies|applied)\\b"), false),
            new Action(Pattern.compile("共享|共用|\\b(?:share|shares|shared|sharing)\\b"), false),
            new Action(Pattern.compile("(?<![估预])计算|(?<![就打总运换盘清])算(?!法|子|力|术|是)|计入|\\b(?:comput|calculat)\\w*"), true),
            new Action(
                    Pattern.compile("保存|保留|存储|存下|缓存|\\b(?:keep|keeps|kept|store|stores|stored|retains?|retained)\\b"),
                    true),
            new Action(Pattern.compile("看到|看得到|看见|可见|关注|\\b(?:attends?|attended|see|sees)\\b"), true),
            new Action(Pattern.compile("返回|\\breturns?\\b"), true),
            new Action(Pattern.compile("量化|\\bquantiz\\w*"), false),
            new Action(Pattern.compile("采样|\\bsampl\\w*"), true));

    /** "只", "仅", "only": not "只是", "只要", "不只", "不仅", "not only". */
    private static final Pattern ONLY = Pattern.compile("(?<![不非])(?:仅仅|只有|只|仅)(?!是|要|不过|怕|管|好)|(?<!not )\\bonly\\b");

    /** An all-word of the answer that widens a restriction. */
    private static final Pattern ALL_WIDE =
            Pattern.compile("所有|全部|整个|全体|一切|全都|每个|每一个|\\b(?:all|every|entire|whole|each)\\b");

    /** An all-word of a point that the answer may narrow: a totality, not a distribution ("每个 batch"). */
    private static final Pattern ALL_TOTAL = Pattern.compile("所有|全部|整个|全体|一切|\\b(?:all|entire|whole)\\b");

    /** A part-word that makes "只" narrow a totality: "只冻结前面几层", "只有一半的 head". */
    private static final Pattern PART = Pattern.compile("一部分|部分|一半|半数|少数|某些|个别|几层|几个|前几|后几|前面|后面|最后|顶层|底层|浅层|深层"
            + "|\\b(?:some|part|half|few|first|last|top|bottom)\\b");

    /** An all-word about something else than the restricted thing: "所有任务都能用", "所有数据上训练". */
    private static final Pattern OTHER_SCOPE =
            Pattern.compile("^[的]?\\s*(?:任务|场景|情况|时候|领域|方法|框架|语言|数据|样本|训练数据|批次|batch|epoch|step|步|人)");

    /** Applicability, not scope: "所有模型都能用". */
    private static final Pattern APPLICABLE = Pattern.compile("适用|能用|可以用|可用|\\b(?:applicable|usable)\\b");

    /** A whole method named as the subject: full fine-tuning updates everything, rightly. */
    private static final Pattern WHOLE_METHOD = Pattern.compile(
            "全量|全参|完整微调|全模型微调|预训练|从头训练|传统|普通|常规|直接微调" + "|\\b(?:full|pre-?train\\w*|vanilla|standard)\\b");

    /** Characters between the verb and its object: "在", "原来的". */
    private static final int OBJECT_GAP = 4;

    /** What may join an excluded thing before the verb to it: list words and adverbs of togetherness. */
    private static final Pattern LIST_JOIN = Pattern.compile("[和与及跟同也都会要将被一起时还同时全部所有的]*");

    /** Where the phrase an all-word quantifies ends: "所有 token|上都要算". */
    private static final Pattern PHRASE_END = Pattern.compile("都|也|上|里|中|会|要|就|\\s(?:are|is|get|will)\\b");

    /** A pronoun that takes its thing from the sentence before. */
    private static final Pattern PRONOUN = Pattern.compile("它|其|这个|该|\\b(?:it|they|its|this)\\b");

    /** A method named before the action ("部分微调只冻结底层"): another one than the point's unless the point names it. */
    private static final Pattern METHOD = Pattern.compile("[\\u4e00-\\u9fff]{1,4}(?:微调|调优|方法|做法)|[a-z]+[- ]tuning");

    /** Words that end the subject and begin the object or a scope: "LoRA 会把…", "LoRA 在…". */
    private static final Pattern SUBJECT_END = Pattern.compile("把|将|在|对|给|从|\\b(?:on|to|in|for)\\b");

    /** A whole method named as a time ("预训练阶段") is another stage than the point's. */
    private static final Pattern WHEN = Pattern.compile("^\\s*(?:阶段|时|的时候|过程|期间)");

    /** Words too general to name a part: "prompt 部分" names prompt. */
    private static final Set<String> GENERAL = Set.of("部分", "一部", "东西", "地方", "内容");

    /** What a clause says of the excluded thing ("预训练权重保持冻结"), not the thing itself. */
    private static final Pattern NOT_AN_ITEM = Pattern.compile("预训练|训练|保持|不变|仍然|依然|照样|参与|进行|需要|也|都");

    /** A subject with this many words that only other points hold is another thing than the point's. */
    private static final int FOREIGN_WORDS = 2;

    private static final Pattern NEGATION =
            Pattern.compile("不(?!仅|只|但|光|管|论|少|错|久|断)|没|未|非(?!常)|无(?!论)|别(?!的)|\\b(?:not|never|no|cannot)\\b|n't\\b");

    /** Hedges, and "有的/也有变体": what some do is no claim about the point's thing. */
    private static final Pattern HEDGE = Pattern.compile("可能|也许|或许|大概|好像|似乎|一般|通常|往往|有时|不一定|未必|我记得|印象中|不确定|不太清楚|大多|多数"
            + "|有的|有些|也有|变体|变种"
            + "|\\b(?:maybe|might|may|probably|perhaps|usually|often|possibly|sometimes|typically|some variants?)\\b");

    /** A sentence that asks, reports a belief or states a condition asserts no scope of the point's own. */
    private static final Pattern NOT_ASSERTED = Pattern.compile("[?？]|吗|是不是|会不会|以为|人认为|人说|误区|误解|说法|所谓"
            + "|叫做|叫作|(?<![喊])叫(?!醒)|称为|称作|被称|\\bcalled\\b"
            + "|如果|假如|要是|(?<![倘])若(?!干)|假设|只要|一旦|除非|的话|当[^，,。；;]{1,20}(?:时|的时候)|(?:以后|之后)[，,]"
            + "|\\b(?:if|unless|when|whether)\\b");

    /** A comparison, in the clause or a clause leading to it, sets another thing beside the point's. */
    private static final Pattern COMPARISON = Pattern.compile("(?<![估])比(?!较|如|例|率|特|重|赛)|相比|对比|不同于|区别|差别|不像|一样|而非|而不是"
            + "|(?<![然])而(?!且|言)|反而|与其|\\b(?:than|unlike|instead|whereas|versus|vs|like)\\b");

    /** A preposition after "只" puts the restricted part before the verb: "只对回复部分计算 loss". */
    private static final Pattern SCOPE_PREPOSITION = Pattern.compile("^\\s*(?:对于|对|在|从|给|针对|于|为)");

    /** Characters that make no content word: the shared function characters, relations and markers. */
    private static final String STOP_CHARS = ContradictionCheck.FUNCTION_CHARS + "只仅全部所整每比越得地着过于从向到让使给用以否即";

    private static final Pattern ENGLISH = Pattern.compile("[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*");

    private static final Set<String> ENGLISH_STOP = Set.of(
            "a", "i", "the", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "be", "it", "its", "as",
            "at", "by", "all", "only", "each", "every", "entire", "whole", "part", "some", "half");

    /** A point this long is quoted by its restricting clause alone. */
    private static final int QUOTED_POINT = 40;

    /** At most this many characters between "只" and the verb it restricts. */
    private static final int MARKER_REACH = 30;

    /** The noun phrase an all-word quantifies reaches this far at most. */
    private static final int QUANTIFIED_REACH = 8;

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @param question the question, whose names the answer's subject may use
     * @return for each point index whose scope the answer widens or narrows, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer, String question) {
        List<AnswerSentence> sentences = AnswerSentence.split(answer);
        Set<String> questionWords = keys(TermExtractor.normalize(question));
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Set<String> others = new LinkedHashSet<>();
            for (int j = 0; j < points.size(); j++) {
                if (j != i) {
                    others.addAll(keys(TermExtractor.normalize(points.get(j))));
                }
            }
            Scope scope = scope(points.get(i));
            if (scope == null) {
                continue;
            }
            Set<String> foreign = new TreeSet<>(others);
            foreign.removeAll(scope.words());
            foreign.removeAll(questionWords);
            // A point that names its thing binds the answer to that name; one that names none takes the question's.
            Set<String> allowedNames = new TreeSet<>(english(scope.words()));
            if (allowedNames.isEmpty()) {
                allowedNames.addAll(english(questionWords));
            }
            ContradictingClause claim = claim(scope, sentences, foreign, allowedNames);
            if (claim != null) {
                claims.put(i, claim);
            }
        }
        return claims;
    }

    /**
     * What a point restricts or quantifies.
     *
     * @param only the point restricts ("只"), else it quantifies all ("全部")
     * @param action the restricted action
     * @param quoted the point's words for the reason
     * @param part the restricted part's words ("q", "k"); empty for a totality
     * @param excluded the words of what the point excludes from the action ("v", "原权重")
     * @param slot the other words of the restricting clause (the verb's object, "loss")
     * @param words every content word of the point
     * @param point the normalized point
     */
    private record Scope(
            boolean only,
            Action action,
            String quoted,
            Set<String> part,
            Set<String> excluded,
            Set<String> slot,
            Set<String> words,
            String point) {

        /** The restricted part's head noun: its last Chinese word ("参数" of "少量新增参数"). */
        @Nullable
        String head() {
            String head = null;
            for (String word : part) {
                if (TermExtractor.isCjk(word.charAt(0))) {
                    head = word;
                }
            }
            return head;
        }
    }

    private static @Nullable Scope scope(String point) {
        String normalized = TermExtractor.normalize(point);
        Set<String> words = keys(normalized);
        List<String> clauses = List.of(normalized.split("[，,：:。；;！!？?\\n]"));
        Scope found = null;
        Set<Action> restricted = new LinkedHashSet<>();
        Set<Action> quantified = new LinkedHashSet<>();
        String[] originals = point.split("[，,：:。；;！!？?\\n]");
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            // The reason quotes the point as written, not lower-cased, when normalizing kept its length.
            String original = originals.length == clauses.size() && originals[c].length() == clause.length()
                    ? originals[c]
                    : clause;
            Matcher only = ONLY.matcher(clause);
            if (only.find()) {
                for (Action action : ACTIONS) {
                    Matcher verb = action.verb().matcher(clause);
                    if (verb.find(only.end()) && verb.start() - only.end() <= MARKER_REACH) {
                        restricted.add(action);
                        if (found == null) {
                            found = restriction(point, clause, original, only, verb, action, clauses, words);
                        }
                        break;
                    }
                }
            }
            Matcher all = ALL_TOTAL.matcher(clause);
            if (all.find() && !NEGATION.matcher(clause).find()) {
                for (Action action : ACTIONS) {
                    if (action.verb().matcher(clause).find()) {
                        quantified.add(action);
                        if (found == null) {
                            found = new Scope(
                                    false,
                                    action,
                                    quoted(point, original),
                                    Set.of(),
                                    Set.of(),
                                    keys(clause),
                                    words,
                                    normalized);
                        }
                        break;
                    }
                }
            }
        }
        for (Action action : restricted) {
            if (quantified.contains(action)) {
                // "全量微调更新全部参数；PEFT 只训练少量参数" contrasts two methods on one action.
                return null;
            }
        }
        return found;
    }

    private static Scope restriction(
            String point,
            String clause,
            String original,
            Matcher only,
            Matcher verb,
            Action action,
            List<String> clauses,
            Set<String> words) {
        String between = clause.substring(only.end(), verb.start());
        String after = clause.substring(verb.end());
        Set<String> subject = keys(clause.substring(0, only.start()));
        Set<String> part;
        Set<String> slot = new LinkedHashSet<>(subject);
        if (SCOPE_PREPOSITION.matcher(between).find()) {
            part = keys(between);
            slot.addAll(keys(after));
        } else {
            part = keys(between + " " + after);
        }
        part.removeAll(subject);
        slot.removeAll(part);
        Set<String> excluded = new LinkedHashSet<>();
        for (String other : clauses) {
            if (other.equals(clause)) {
                continue;
            }
            boolean negated = NEGATION.matcher(other).find();
            boolean excludes = (negated && action.verb().matcher(other).find())
                    || (action == TRAIN
                            && !negated
                            && FREEZE.verb().matcher(other).find());
            if (excludes) {
                String item = NOT_AN_ITEM.matcher(other).replaceAll(" ");
                for (Action any : ACTIONS) {
                    item = any.verb().matcher(item).replaceAll(" ");
                }
                // The excluded thing by its names and its head ("权重" of "原模型权重"), not by "模型".
                Set<String> items = keys(item);
                items.removeAll(part);
                items.removeAll(slot);
                String head = null;
                for (String word : items) {
                    if (TermExtractor.isCjk(word.charAt(0))) {
                        head = word;
                    } else {
                        excluded.add(word);
                    }
                }
                if (head != null) {
                    excluded.add(head);
                }
            }
        }
        String restricted = original.substring(only.end()).strip();
        return new Scope(
                true,
                action,
                restricted.replaceAll("[，,：:。；;！!？?]+$", ""),
                part,
                excluded,
                slot,
                words,
                TermExtractor.normalize(point));
    }

    private static @Nullable ContradictingClause claim(
            Scope scope, List<AnswerSentence> sentences, Set<String> foreign, Set<String> allowedNames) {
        if (sentences.stream().anyMatch(sentence -> statesTheScope(sentence, scope))) {
            return null;
        }
        String previous = "";
        for (AnswerSentence sentence : sentences) {
            // A sentence whose subject is a pronoun ("它训练时…") speaks of what the one before named.
            String context = previous + " " + sentence.text();
            previous = sentence.text();
            if (NOT_ASSERTED.matcher(sentence.text()).find()
                    || HEDGE.matcher(sentence.text()).find()) {
                continue;
            }
            StringBuilder leading = new StringBuilder();
            for (AnswerSentence.Part clause : sentence.clauses()) {
                String text = clause.text();
                leading.append(text);
                if (COMPARISON.matcher(leading).find()) {
                    break;
                }
                Matcher verb = scope.action().verb().matcher(text);
                if (!verb.find()
                        || NEGATION.matcher(text).find()
                        || APPLICABLE.matcher(text).find()) {
                    continue;
                }
                if (scope.action().generic()
                        && scope.slot().stream().noneMatch(word -> contains(sentence.text(), word))) {
                    continue;
                }
                // A widening must be about the point's thing: the clause names something of the point, or points back
                // with a pronoun to a sentence that does ("它训练时…").
                String named = PRONOUN.matcher(text).find() ? context : text;
                String unverbed = scope.action().verb().matcher(named).replaceAll(" ");
                if (scope.only() && scope.words().stream().noneMatch(word -> contains(unverbed, word))) {
                    continue;
                }
                // "全参数微调更新全部参数" is narrowed only by a clause about full fine-tuning; "只训练部分参数" is PEFT's.
                Matcher whole = WHOLE_METHOD.matcher(scope.point());
                if (!scope.only() && whole.find() && !sentence.text().contains(whole.group())) {
                    continue;
                }
                String reason = scope.only() ? widens(scope, text, verb) : narrows(scope, text);
                if (reason != null
                        && sameSubject(
                                text,
                                verb.start(),
                                leading.substring(0, leading.length() - text.length()),
                                scope.point(),
                                foreign,
                                allowedNames)) {
                    return new ContradictingClause(clause.start(), clause.end(), reason);
                }
            }
        }
        return null;
    }

    /** The reason when the clause widens the point's restriction, or null. */
    private static @Nullable String widens(Scope scope, String text, Matcher verb) {
        if (ONLY.matcher(text).find()) {
            return null;
        }
        boolean partNamed = false;
        String excludedNamed = scope.excluded().stream()
                .filter(word -> isObject(text, word, verb, scope))
                .findFirst()
                .orElse(null);
        String widened = null;
        Matcher all = ALL_WIDE.matcher(text);
        while (all.find()) {
            String rest = text.substring(all.end());
            if (OTHER_SCOPE.matcher(rest).find()) {
                continue;
            }
            // The all-word may quantify the point's own head noun ("全部参数" against "少量新增参数"): a widening. The
            // restricted part named anywhere else in the clause makes the all-word about that part ("回复里的所有 token",
            // "所有 assistant 回复").
            int reach = Math.min(text.length(), all.end() + QUANTIFIED_REACH);
            while (reach < text.length()
                    && Character.isLetterOrDigit(text.charAt(reach))
                    && !TermExtractor.isCjk(text.charAt(reach))) {
                reach++;
            }
            String outside = text.substring(0, all.start()) + " " + text.substring(reach);
            String quantified = text.substring(all.end(), reach);
            partNamed = scope.part().stream()
                    .anyMatch(word ->
                            contains(outside, word) || (!word.equals(scope.head()) && contains(quantified, word)));
            if (!partNamed) {
                Matcher stop = PHRASE_END.matcher(text);
                int end = stop.find(all.end()) ? Math.min(stop.start(), reach) : reach;
                widened = text.substring(all.start(), end).strip();
                break;
            }
        }
        if (excludedNamed != null) {
            return "参考答案说只「" + scope.quoted() + "」，回答却把「" + excludedNamed + "」也算了进去";
        }
        if (widened != null && !scope.part().isEmpty()) {
            return "参考答案说只「" + scope.quoted() + "」，回答却扩大到「" + widened + "」";
        }
        return null;
    }

    /**
     * The word stands as the action's object: right after the verb ("作用在 q、k、v 上", "更新原来的权重"), or before it
     * joined only by list words and the part's items ("预训练权重和 A、B 一起更新"), not in another predicate of the clause
     * ("把两个小矩阵加回原来的权重").
     */
    private static boolean isObject(String text, String word, Matcher verb, Scope scope) {
        for (int at = find(text, word, 0); at >= 0; at = find(text, word, at + 1)) {
            String between = at >= verb.end()
                    ? text.substring(verb.end(), at)
                    : at + word.length() <= verb.start() ? text.substring(at + word.length(), verb.start()) : null;
            if (between == null) {
                continue;
            }
            String rest = ENGLISH.matcher(between).replaceAll("");
            for (String item : scope.part()) {
                rest = rest.replace(item, "");
            }
            rest = rest.replaceAll("[\\s、，,/]", "");
            boolean joined = at >= verb.end()
                    ? rest.length() <= OBJECT_GAP
                    : LIST_JOIN.matcher(rest).matches();
            if (joined) {
                return true;
            }
        }
        return false;
    }

    private static int find(String text, String word, int from) {
        return TermExtractor.isCjk(word.charAt(0))
                ? text.indexOf(word, from)
                : ContradictionCheck.wholeWordAt(text, word, from);
    }

    /** The reason when the clause narrows the point's totality to a part, or null. */
    private static @Nullable String narrows(Scope scope, String text) {
        Matcher only = ONLY.matcher(text);
        if (!only.find()) {
            return null;
        }
        Matcher part = PART.matcher(text);
        if (!part.find(only.end()) || part.start() - only.end() > MARKER_REACH) {
            return null;
        }
        return "参考答案说「" + scope.quoted() + "」，回答却说只有一部分（「" + text.substring(only.start(), part.end()) + "」）";
    }

    /**
     * The answer states the point's restriction (or its totality) itself: "只" with the action, or the action denied
     * somewhere, so a wide or narrow clause elsewhere is a contrast it draws, not a claim.
     */
    private static boolean statesTheScope(AnswerSentence sentence, Scope scope) {
        for (AnswerSentence.Part clause : sentence.clauses()) {
            String text = clause.text();
            boolean acts = scope.action().verb().matcher(text).find();
            boolean negated = NEGATION.matcher(text).find();
            if (scope.only()) {
                // "原模型冻结" states what LoRA leaves out of training as well as "只训练 A 和 B" does.
                boolean leavesOut = scope.action() == TRAIN
                        && !negated
                        && FREEZE.verb().matcher(text).find();
                if (leavesOut || restricts(text, scope.action()) || (acts && negated)) {
                    return true;
                }
            } else if (acts && ALL_WIDE.matcher(text).find() && !negated) {
                return true;
            }
        }
        return false;
    }

    /** "只" governs the action: it stands shortly before the verb ("只更新 A 和 B", not "微调后体积只有十分之一"). */
    private static boolean restricts(String text, Action action) {
        Matcher only = ONLY.matcher(text);
        while (only.find()) {
            Matcher verb = action.verb().matcher(text);
            if (verb.find(only.end()) && verb.start() - only.end() <= MARKER_REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause speaks of the point's thing: what stands before its action (up to "把", "在", an all-word) names no
     * English thing but the point's (or the question's, for a point naming none), no word only other points hold
     * ("参数高效微调" beside "全参数微调"); and nothing before the action is a whole method ("全量微调", "预训练阶段") the point
     * itself does not name.
     */
    private static boolean sameSubject(
            String text,
            int verbAt,
            String leadingClauses,
            String point,
            Set<String> foreign,
            Set<String> allowedNames) {
        // "在预训练阶段，全部参数都会更新": a leading clause may set the stage too, or name another thing ("prefix LM 把输入
        // 分成…，生成部分能看到全部前缀").
        String before = leadingClauses + text.substring(0, verbAt);
        Matcher named = ENGLISH.matcher(leadingClauses);
        while (named.find()) {
            if (!ENGLISH_STOP.contains(named.group()) && !allowedNames.contains(named.group())) {
                return false;
            }
        }
        Matcher method = METHOD.matcher(before);
        while (method.find()) {
            if (!point.contains(method.group())) {
                return false;
            }
        }
        Matcher whole = WHOLE_METHOD.matcher(before);
        while (whole.find()) {
            if (!point.contains(whole.group())
                    || WHEN.matcher(before.substring(whole.end())).find()) {
                return false;
            }
        }
        int end = verbAt;
        for (Pattern marker : List.of(ONLY, ALL_WIDE, SUBJECT_END)) {
            Matcher matcher = marker.matcher(text);
            if (matcher.find() && matcher.start() < end) {
                end = matcher.start();
            }
        }
        int foreignWords = 0;
        for (String word : keys(text.substring(0, end))) {
            if (TermExtractor.isCjk(word.charAt(0))) {
                foreignWords += foreign.contains(word) ? 1 : 0;
            } else if (!allowedNames.contains(word)) {
                return false;
            }
        }
        return foreignWords < FOREIGN_WORDS;
    }

    private static String quoted(String point, String clause) {
        String quoted = point.strip().length() <= QUOTED_POINT ? point : clause;
        return quoted.strip().replaceAll("[，,：:。；;！!？?]+$", "");
    }

    /** Content bigrams and English names (single letters too: "q", "k", "v"). */
    private static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher word = ENGLISH.matcher(text);
        while (word.find()) {
            if (!ENGLISH_STOP.contains(word.group())) {
                keys.add(word.group());
            }
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isContent(text.charAt(i)) && isContent(text.charAt(i + 1))) {
                keys.add(text.substring(i, i + 2));
            }
        }
        keys.removeAll(GENERAL);
        return keys;
    }

    private static Set<String> english(Set<String> words) {
        Set<String> names = new TreeSet<>();
        for (String word : words) {
            if (!TermExtractor.isCjk(word.charAt(0))) {
                names.add(word);
            }
        }
        return names;
    }

    private static boolean isContent(char c) {
        return TermExtractor.isCjk(c) && STOP_CHARS.indexOf(c) < 0;
    }

    private static boolean contains(String text, String word) {
        return TermExtractor.isCjk(word.charAt(0))
                ? text.contains(word)
                : ContradictionCheck.wholeWordAt(text, word, 0) >= 0;
    }
}
