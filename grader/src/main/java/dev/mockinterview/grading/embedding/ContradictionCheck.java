package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells when the candidate's evidence for a key point says the opposite of it: a known opposite direction or phase
 * ("减少" for "增长", "训练阶段" for "推理时"; pairs of concepts such as 相对/绝对 are left out because correct answers
 * contrast them all the time), two contrasted entities swapped ("LayerNorm 在 batch 维度上" where the rubric says
 * BatchNorm), or a denial of the point's own claim (`DenialCheck`: "并不能缓解梯度消失", "跟模型规模没有关系").
 * Only cues a human reads as a contradiction are used; without one, similarity decides. Thread-safe.
 */
final class ContradictionCheck {

    /** Each pair holds the forms of one side and of its opposite. */
    private static final List<OppositePair> OPPOSITES = List.of(
            direction("增加|增大|增长|提高|提升|变大|上升|变多|加大|占用大", "减少|减小|降低|下降|变小|变少|节省"),
            direction("越大", "越小"),
            direction("越多", "越少"),
            pair("双向", "单向"),
            pair("pre-ln|pre-norm|pre-layernorm", "post-ln|post-norm|post-layernorm"),
            direction("更快|加快|加速", "更慢|变慢|减慢"),
            pair("冻结", "全部更新|全量更新|全参数更新|更新所有|所有参数都"),
            phase(
                    "推理时|推理阶段|推理的时候|生成阶段|生成的时候|自回归生成|解码时|解码阶段|部署时",
                    "训练阶段|训练时|训练的时候",
                    "推理|生成|解码|部署|inference",
                    "训练|training"),
            phase("运行时|运行期|运行阶段|运行的时候|runtime", "编译时|编译期|编译阶段|编译的时候|compile time", "运行|runtime", "编译|compile"),
            direction("increase|increases|higher|larger", "decrease|decreases|reduce|reduces|lower|smaller"),
            direction("faster", "slower"),
            pair("frozen|freeze|freezes", "updates all|update all|all parameters are updated"));

    /**
     * The forms of one side and of its opposite. A change of direction ("增加"/"减少") opposes the point only where it
     * changes the same thing: "增加延迟" is not denied by "减少幻觉", so for such a pair the two forms must share a
     * neighbour ({@link OppositeClaimCheck#sameSlot}). The other pairs name the thing themselves ("所有参数都").
     */
    private record OppositePair(
            List<Pattern> first,
            List<Pattern> second,
            List<String> words,
            boolean needsSlot,
            @Nullable Pattern firstPhase,
            @Nullable Pattern secondPhase) {

        boolean holds(String token) {
            return words.stream().anyMatch(word -> word.contains(token));
        }
    }

    /** What precedes a form that is compared with, negated, or otherwise not asserted. */
    static final Pattern NOT_ASSERTED = Pattern.compile("比|相比|不同于|而非|而不是|不像|不|没|无|未|非|than|unlike|instead of|not|no");

    private static final Pattern CONTRAST = Pattern.compile(
            "([A-Za-z][A-Za-z0-9-]*)\\s*(和|与|跟|及|vs\\.?|VS|还是|and|or|、|对比|相比)\\s*([A-Za-z][A-Za-z0-9-]*)");

    /** A point that starts with its subject: "数据并行：", "PPO:", "过拟合原因：". */
    private static final Pattern LABEL = Pattern.compile("([^：:，,。]{2,12})[：:]");

    private static final Pattern GENERIC_SUFFIX =
            Pattern.compile("(原因|解决|方法|与|和|及|的|作用|优点|缺点|定义|原理|特点|区别|公式|流程|本质|适用场景|场景)+$");

    private static final Pattern GENERIC_LABEL =
            Pattern.compile("区别|原因|作用|优点|缺点|定义|原理|总结|联系|对比|共同点|相同点|本质|核心|注意|例如|比如|问题|好处|坏处|方法|场景|影响|意义|目的|过程|步骤|流程|方式");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、和与及,，？?；;/]|以及|还是|vs");

    private static final Pattern QUESTION_NOISE =
            Pattern.compile("^(什么是|请?介绍一?下?|说说|谈谈|讲讲|解释一?下?)|(的|是)?(什么|啥|区别|原理|有什么|分别|作用|优缺点|各自|联系|对比|如何|怎么).*$");

    /**
     * A Latin name or identifier, as normalised text spells it: lora, zero-3, gpt-3.5, pre_ln. The one reading of an
     * English name shared by every check, so that they all cut "int8" or "top-k" the same way.
     */
    static final Pattern ENTITY = Pattern.compile("[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*");

    /** Clause boundaries keeping the sentence end with the clause, so a subject is carried only within a sentence. */
    private static final Pattern SUBCLAUSE = Pattern.compile("(?<=[。；;！!？?\\n])|[，,]");

    /** Sentence ends, kept with their sentence. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[。；;！!？?\\n])");

    private static final Pattern CLAUSE = Pattern.compile("[，,]");

    /** A clause break, after which what came before no longer bears on a word. */
    private static final Pattern CLAUSE_START = Pattern.compile("[，,；;。：:、]");

    /**
     * Sentences that assert nothing about one entity alone: conditions ("如果模型太复杂，就容易过拟合") and comparisons
     * ("跟全参比，LoRA 不需要给全部参数存梯度") name one entity while speaking of both.
     */
    private static final Pattern HEDGED =
            Pattern.compile("如果|假如|要是|一旦|只要|[跟和与][^，,。；;]{0,10}(?:相)?比|相比|比起|对比|compared|than");

    /** Where a point states one side and then the other. */
    static final Pattern SUB_CLAIM = Pattern.compile("[；;]");

    /** Characters that make no content word: a bigram holding one is not a term of the point. */
    static final String FUNCTION_CHARS = "的了是在和与及或就也都而且但这那其之我你他它们吗呢吧啊呀嘛么个一些有为对将把被等会可以能要不没很更最还所此该并即则做上中";

    private static final ContentWords CONTENT = new ContentWords(FUNCTION_CHARS);

    private final DenialCheck denials = new DenialCheck();

    /**
     * What every check of one grade needs of the rubric, worked out once per grade rather than once per point and
     * check.
     *
     * @param question names the entities being contrasted ("LayerNorm 和 BatchNorm")
     * @param allPoints the rubric's points, to tell a swap from a clause that belongs to another point
     * @param contrasted the entities the rubric contrasts ({@link #contrasted})
     * @param everyPoint the words no denial binds to one point: those every point holds and, in a rubric that
     *     contrasts no entities, those a point itself denies ({@link DenialCheck#unbound}); where the rubric contrasts
     *     entities ("PPO 需要奖励模型", "DPO 不需要奖励模型"), the entity a clause names binds its denial instead
     * @param pointWords each point's content words, without the contrasted names
     * @param pointNames each point's English names ({@link #foreignNames})
     * @param questionWords the question's content words, without the contrasted names
     */
    record Rubric(
            String question,
            List<String> allPoints,
            Map<String, String> contrasted,
            Set<String> everyPoint,
            List<Set<String>> pointWords,
            List<Set<String>> pointNames,
            Set<String> questionWords) {
        Rubric {
            allPoints = List.copyOf(allPoints);
            pointWords = List.copyOf(pointWords);
            pointNames = List.copyOf(pointNames);
        }

        static Rubric of(String question, List<String> allPoints) {
            Map<String, String> contrasted = ContradictionCheck.contrasted(question, allPoints);
            List<String> normalized =
                    allPoints.stream().map(TermExtractor::normalize).toList();
            return new Rubric(
                    question,
                    allPoints,
                    contrasted,
                    contrasted.isEmpty() ? DenialCheck.unbound(allPoints) : DenialCheck.sharedByEveryPoint(allPoints),
                    normalized.stream()
                            .map(point -> contentWords(point, contrasted))
                            .toList(),
                    normalized.stream().map(ContradictionCheck::englishNames).toList(),
                    contentWords(TermExtractor.normalize(question), contrasted));
        }

        /** The point's content words ({@link #pointWords}), read again only for a point the rubric does not hold. */
        Set<String> wordsOf(String point, String normalizedPoint) {
            int at = allPoints.indexOf(point);
            return at >= 0 ? pointWords.get(at) : contentWords(normalizedPoint, contrasted);
        }
    }

    /**
     * The answer cut into sentences and clauses, normalized, with the sentences' words and the clauses' contrasted
     * names: what the whole-answer denial check reads for every point, worked out once per grade.
     */
    record ReadAnswer(List<ReadSentence> sentences) {
        ReadAnswer {
            sentences = List.copyOf(sentences);
        }

        static ReadAnswer of(String answer, Rubric rubric) {
            List<ReadSentence> sentences = new ArrayList<>();
            for (String sentence : SENTENCE.split(answer)) {
                List<ReadClause> clauses = new ArrayList<>();
                for (String clause : CLAUSE.split(sentence, -1)) {
                    String normalized = TermExtractor.normalize(clause);
                    clauses.add(new ReadClause(
                            clause,
                            normalized,
                            named(normalized, rubric.contrasted()),
                            englishNames(normalized),
                            contentWords(normalized, Map.of())));
                }
                String normalized = TermExtractor.normalize(sentence);
                sentences.add(
                        new ReadSentence(sentence, normalized, contentWords(normalized, rubric.contrasted()), clauses));
            }
            return new ReadAnswer(sentences);
        }
    }

    record ReadSentence(String text, String normalized, Set<String> words, List<ReadClause> clauses) {
        ReadSentence {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * A clause of the answer with the contrasted names it gives, its English names ({@link #namedAmong}) and its
     * content words, read once per grade.
     */
    record ReadClause(String text, String normalized, Set<String> named, Set<String> names, Set<String> words) {}

    /** Why the evidence contradicts the point, if it does; see {@link Rubric} for the other arguments. */
    Optional<String> contradiction(String point, String evidence, String question, List<String> allPoints) {
        return contradiction(point, evidence, Rubric.of(question, allPoints));
    }

    /** Why the evidence contradicts the point, if it does. */
    Optional<String> contradiction(String point, String evidence, Rubric rubric) {
        String question = rubric.question();
        List<String> allPoints = rubric.allPoints();
        String p = TermExtractor.normalize(point);
        String e = TermExtractor.normalize(evidence);
        Map<String, String> contrasted = rubric.contrasted();
        Optional<Opposed> swap = swappedEntity(p, e, contrasted, allPoints);
        if (swap.isPresent()) {
            // The names as the rubric or the candidate spells them ("LayerNorm"), wherever each is written.
            return Optional.of("把「"
                    + Written.find(
                            List.of(question, point, evidence), swap.get().said()) + "」的特点说成了「"
                    + Written.find(List.of(evidence, question), swap.get().answered()) + "」的");
        }
        Set<String> pointNames = named(p, contrasted);
        Set<String> pointWords = rubric.wordsOf(point, p);
        Set<String> questionWords = rubric.questionWords();
        Set<String> everyPoint = rubric.everyPoint();
        Set<String> foreign = foreignNames(p, rubric);
        Set<String> carried = Set.of();
        for (String sentence : SENTENCE.split(e)) {
            Set<String> sentenceWords = contentWords(sentence, contrasted);
            // A short clause ("不会有任何副作用") is about what its sentence is about.
            boolean sentenceOnTopic = shared(sentenceWords, pointWords) >= 2;
            for (String clause : CLAUSE.split(sentence)) {
                Set<String> named = named(clause, contrasted);
                named.addAll(namedAmong(clause, foreign));
                if (named.isEmpty()) {
                    named = carried;
                }
                carried = named;
                // A clause about another entity, or about something else, cannot contradict this point.
                boolean otherSubject = !named.isEmpty() && named.stream().noneMatch(pointNames::contains);
                Set<String> clauseWords = contentWords(clause, contrasted);
                boolean onTopic = shared(clauseWords, pointWords) >= 2 || shared(clauseWords, questionWords) >= 2;
                if (otherSubject || !(onTopic || sentenceOnTopic)) {
                    continue;
                }
                if (onTopic) {
                    String claim = subClaimAbout(p, clause);
                    List<String> fitBetter = fitBetter(clauseWords, named, point, pointNames, rubric);
                    for (OppositePair pair : OPPOSITES) {
                        List<Pattern> side = pair.first();
                        Optional<Opposed> opposite = opposite(claim, clause, sentence, pair, side, pair.second());
                        if (opposite.isEmpty()) {
                            side = pair.second();
                            opposite = opposite(claim, clause, sentence, pair, side, pair.first());
                        }
                        List<Pattern> pointSide = side;
                        if (opposite.isPresent()
                                && aboutThisPoint(fitBetter, other -> firstAsserted(other, pointSide) != null)) {
                            return Optional.of("说的是「"
                                    + Written.find(evidence, opposite.get().answered()) + "」，要点是「"
                                    + Written.find(point, opposite.get().said()) + "」");
                        }
                    }
                }
                Optional<String> denied = denials.denial(p, clause, sentence, everyPoint);
                if (denied.isPresent()) {
                    // DenialCheck reads normalized text: its quotes are shown as written.
                    return denied.map(reason -> Written.quotes(reason, point, List.of(evidence)));
                }
            }
            if (sentence.endsWith("。")) {
                carried = Set.of();
            }
        }
        return Optional.empty();
    }

    /** The sentence of the answer, by its offsets in the answer, that denies a point, and why. */
    record Denied(int start, int end, String reason) {}

    /**
     * A clause anywhere in the answer that denies the point, for when the best evidence misses it ("它会关掉 KV Cache"
     * after a sentence that matched better). Stricter than the check of the evidence: the clause's sentence must share
     * at least two words with this point and no more with any other point, and it must not be about another entity.
     */
    Optional<Denied> deniedAnywhere(String point, String answer, String question, List<String> allPoints) {
        return deniedAnywhere(point, answer, Rubric.of(question, allPoints));
    }

    /** {@link #deniedAnywhere(String, String, String, List)} with the rubric worked out once per grade. */
    Optional<Denied> deniedAnywhere(String point, String answer, Rubric rubric) {
        return deniedAnywhere(point, ReadAnswer.of(answer, rubric), rubric);
    }

    /** {@link #deniedAnywhere(String, String, Rubric)} with the answer read once per grade. */
    Optional<Denied> deniedAnywhere(String point, ReadAnswer answer, Rubric rubric) {
        List<String> allPoints = rubric.allPoints();
        String p = TermExtractor.normalize(point);
        Map<String, String> contrasted = rubric.contrasted();
        Set<String> pointNames = named(p, contrasted);
        Set<String> pointWords = rubric.wordsOf(point, p);
        List<Set<String>> otherPoints = new ArrayList<>();
        for (int j = 0; j < allPoints.size(); j++) {
            if (!allPoints.get(j).equals(point)) {
                otherPoints.add(rubric.pointWords().get(j));
            }
        }
        Set<String> everyPoint = rubric.everyPoint();
        Set<String> foreign = foreignNames(p, rubric);
        Set<String> carried = Set.of();
        int sentenceStart = 0;
        for (ReadSentence sentence : answer.sentences()) {
            String ns = sentence.normalized();
            Set<String> sentenceWords = sentence.words();
            int withThis = shared(sentenceWords, pointWords);
            boolean fitsThis =
                    withThis >= 2 && otherPoints.stream().allMatch(o -> shared(sentenceWords, o) <= withThis);
            for (ReadClause clause : sentence.clauses()) {
                String nc = clause.normalized();
                Set<String> named = new TreeSet<>(clause.named());
                clause.names().stream().filter(foreign::contains).forEach(named::add);
                if (named.isEmpty()) {
                    named = carried;
                }
                carried = named;
                boolean otherSubject = !named.isEmpty() && named.stream().noneMatch(pointNames::contains);
                if ((fitsThis || clauseFits(clause.words(), pointWords, otherPoints))
                        && !otherSubject
                        && !clause.text().isBlank()) {
                    Optional<String> denied = denials.denialOfThing(p, nc, ns, everyPoint)
                            .map(reason -> Written.quotes(reason, point, List.of(sentence.text())));
                    if (denied.isPresent()) {
                        // The whole sentence is the evidence: the points it also matched rest on the same wrong claim.
                        return Optional.of(new Denied(
                                sentenceStart, sentenceStart + sentence.text().length(), denied.get()));
                    }
                }
            }
            if (ns.endsWith("。")) {
                carried = Set.of();
            }
            sentenceStart += sentence.text().length();
        }
        return Optional.empty();
    }

    /**
     * The rubric's other points (normalized) that share the most words with the clause, if more than this point does,
     * and the clause does not name the point's own entity (then it is about this point, whatever it shares). A clause
     * that fits another point best states that point: it contradicts this one only if that point says this point's
     * side too ({@link #aboutThisPoint}). In a rubric that lists options ("在线预处理…", "训练前一次性预处理并保存";
     * "全量微调更新全部参数", "LoRA 冻结 W") an answer naming one option speaks of it, not against the others.
     */
    static List<String> fitBetter(
            Set<String> clauseWords, Set<String> clauseNames, String point, Set<String> pointNames, Rubric rubric) {
        List<String> allPoints = rubric.allPoints();
        int self = allPoints.indexOf(point);
        if (self < 0 || clauseNames.stream().anyMatch(pointNames::contains)) {
            return List.of();
        }
        int[] shares = new int[allPoints.size()];
        int best = 0;
        for (int j = 0; j < allPoints.size(); j++) {
            shares[j] = shared(clauseWords, rubric.pointWords().get(j));
            if (j == self || !allPoints.get(j).equals(point)) {
                best = Math.max(best, shares[j]);
            }
        }
        if (best == shares[self]) {
            return List.of();
        }
        List<String> better = new ArrayList<>();
        for (int j = 0; j < allPoints.size(); j++) {
            if (!allPoints.get(j).equals(point) && shares[j] == best) {
                better.add(TermExtractor.normalize(allPoints.get(j)));
            }
        }
        return better;
    }

    /**
     * No other point fits the clause better ({@link #fitBetter}), or one that does says the point's side too, and is
     * contradicted as well.
     */
    static boolean aboutThisPoint(List<String> fitBetter, Predicate<String> saysPointsSide) {
        return fitBetter.isEmpty() || fitBetter.stream().anyMatch(saysPointsSide);
    }

    /**
     * A clause that is plainly about this point though its sentence runs over several ("…直接拿这些对来训策略模型，不需要奖励模型"):
     * it shares two words with this point and more than with any other.
     */
    private static boolean clauseFits(Set<String> words, Set<String> pointWords, List<Set<String>> otherPoints) {
        int withThis = shared(words, pointWords);
        return withThis >= 2 && otherPoints.stream().allMatch(o -> shared(words, o) < withThis);
    }

    /**
     * English names other points of the rubric use and this point does not ("DPO" beside a point about PPO's four
     * models): a clause naming one of them, and none of this point's, speaks of that other thing. "换成 DPO，它不需要奖励模型"
     * is right about DPO and says nothing against PPO's reward model.
     */
    static Set<String> foreignNames(String normalizedPoint, Rubric rubric) {
        Set<String> own = englishNames(normalizedPoint);
        Set<String> foreign = new TreeSet<>();
        for (Set<String> other : rubric.pointNames()) {
            other.stream().filter(name -> !own.contains(name)).forEach(foreign::add);
        }
        return foreign;
    }

    /** Every English word or name of the text, as written (lower case once normalized). */
    static Set<String> englishTerms(String text) {
        Set<String> terms = new HashSet<>();
        Matcher term = ENTITY.matcher(text);
        while (term.find()) {
            terms.add(term.group());
        }
        return terms;
    }

    private static Set<String> englishNames(String normalized) {
        Set<String> names = new TreeSet<>();
        Matcher word = ENTITY.matcher(normalized);
        while (word.find()) {
            if (word.group().length() >= 2) {
                names.add(word.group());
            }
        }
        return names;
    }

    /** The names of {@code among} that stand in the text as whole words. */
    static Set<String> namedAmong(String normalizedText, Set<String> among) {
        Set<String> named = new TreeSet<>(englishNames(normalizedText));
        named.retainAll(among);
        return named;
    }

    /**
     * The part of a point that speaks of what the clause speaks of. A point may state two sides ("全量微调更新全部参数；PEFT
     * 冻结基座"): a clause about the first side is compared with the first part only, or "所有参数都更新" would contradict
     * the other side's "冻结". A part speaks of what its first word names; without such a match, the whole point.
     */
    static String subClaimAbout(String normalizedPoint, String clause) {
        String[] parts = SUB_CLAIM.split(normalizedPoint);
        if (parts.length < 2) {
            return normalizedPoint;
        }
        StringBuilder about = new StringBuilder();
        for (String part : parts) {
            String lead = lead(part);
            if (lead.length() >= 2 && clause.contains(lead)) {
                about.append(part).append('；');
            }
        }
        return about.isEmpty() ? normalizedPoint : about.toString();
    }

    /** The first word of a point part: an English name, or its first four CJK characters. */
    private static String lead(String part) {
        String text = part.strip();
        Matcher english = ENTITY.matcher(text);
        if (english.lookingAt()) {
            return english.group();
        }
        int end = 0;
        while (end < text.length() && end < 4 && TermExtractor.isCjk(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    /**
     * The entities a rubric contrasts, lower case, mapped to their canonical name: the labels of its points ("数据并行：
     * ..." , "过拟合原因：..."), the English names the question pairs ("LayerNorm 和 BatchNorm", with "ln" and "bn" as
     * aliases), and the names the question lists ("过拟合和欠拟合", "数据并行、张量并行") that the points use.
     */
    static Map<String, String> contrasted(String question, List<String> allPoints) {
        Map<String, String> names = new TreeMap<>();
        Matcher pair = CONTRAST.matcher(question);
        while (pair.find()) {
            for (String entity : List.of(pair.group(1), pair.group(3))) {
                String canonical = entity.toLowerCase(Locale.ROOT);
                names.put(canonical, canonical);
                String initials = entity.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
                if (initials.length() >= 2 && !initials.equals(canonical)) {
                    names.putIfAbsent(initials, canonical);
                }
            }
        }
        String normalizedQuestion = TermExtractor.normalize(question);
        for (String point : allPoints) {
            Matcher label = LABEL.matcher(TermExtractor.normalize(point));
            if (label.lookingAt()) {
                String name = GENERIC_SUFFIX
                        .matcher(label.group(1).strip())
                        .replaceAll("")
                        .strip();
                if (name.length() >= 2 && !GENERIC_LABEL.matcher(name).matches() && normalizedQuestion.contains(name)) {
                    names.putIfAbsent(name, name);
                }
            }
        }
        for (String item : LIST_SEPARATOR.split(normalizedQuestion)) {
            String name = QUESTION_NOISE.matcher(item).replaceAll("").strip();
            if (name.length() >= 2
                    && name.length() <= 8
                    && !GENERIC_LABEL.matcher(name).matches()
                    && name.codePoints().allMatch(c -> TermExtractor.isCjk((char) c))
                    && allPoints.stream().anyMatch(point -> point.contains(name))) {
                names.putIfAbsent(name, name);
            }
        }
        // "模型量化" and "量化" are one entity; "QLoRA" and "LoRA" are two (English names match whole words).
        for (Map.Entry<String, String> name : names.entrySet()) {
            for (String shorter : names.keySet()) {
                if (!shorter.equals(name.getKey())
                        && name.getKey().contains(shorter)
                        && !shorter.chars().allMatch(c -> c < 128)) {
                    name.setValue(names.get(shorter));
                }
            }
        }
        // An English name (not an alias such as "ln" for LayerNorm) the question does not hold as a whole word ("a" of
        // "QLora", "l" of "(Low-Rank") would match every "A 和 B" of a correct answer and turn it incorrect.
        names.entrySet()
                .removeIf(name -> name.getKey().chars().allMatch(c -> c < 128)
                        && (name.getKey().length() < 2
                                || name.getKey().equals(name.getValue())
                                        && !containsWord(normalizedQuestion, name.getKey())));
        return new HashSet<>(names.values()).size() >= 2 ? names : Map.of();
    }

    /** Whether {@code word} stands in {@code text} with no letter or digit right before or after it. */
    private static boolean containsWord(String text, String word) {
        return wholeWordAt(text, word, 0) >= 0;
    }

    /** Where {@code word} first stands from {@code from} with no letter or digit right before or after it, or -1. */
    static int wholeWordAt(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWordCharacter(text.charAt(at - 1)))
                    && (end == text.length() || !isWordCharacter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * The point is about one contrasted entity and the evidence says the same thing of another: a clause naming
     * the other entity shares more with this point than with any point about that other entity.
     */
    private static Optional<Opposed> swappedEntity(
            String point, String evidence, Map<String, String> contrasted, List<String> allPoints) {
        if (contrasted.size() < 2) {
            return Optional.empty();
        }
        Set<String> subjects = named(point, contrasted);
        if (subjects.size() != 1) {
            return Optional.empty();
        }
        String subject = subjects.iterator().next();
        Set<String> pointWords = contentWords(point, contrasted);
        Set<String> carried = Set.of();
        for (String clause : SUBCLAUSE.split(asserting(evidence, subject, contrasted))) {
            Set<String> named = named(clause, contrasted);
            if (named.isEmpty()) {
                // A clause without a name is still about the last one named in its sentence.
                named = carried;
            }
            carried = clause.endsWith("。") ? Set.of() : named;
            if (named.size() != 1
                    || named.contains(subject)
                    || OppositeClaimCheck.NEGATION.matcher(clause).find()) {
                // A negated clause binds nothing to the other entity: "DPO 不需要奖励模型" contrasts it with the
                // point's PPO.
                continue;
            }
            String other = named.iterator().next();
            Set<String> clauseWords = contentWords(clause, contrasted);
            int withThis = shared(clauseWords, pointWords);
            int withOther = 0;
            boolean rubricContrasts = false;
            for (String candidate : allPoints) {
                String normalized = TermExtractor.normalize(candidate);
                if (named(normalized, contrasted).equals(Set.of(other))) {
                    rubricContrasts = true;
                    withOther = Math.max(withOther, shared(clauseWords, contentWords(normalized, contrasted)));
                }
            }
            // With a point about the other entity in the rubric, one shared word more than that point has is enough.
            int needed = rubricContrasts ? 1 : 2;
            if (withThis >= Math.max(needed, 2) && withThis >= withOther + 2) {
                return Optional.of(new Opposed(subject, other));
            }
        }
        return Optional.empty();
    }

    /**
     * The evidence without the sentences that cannot swap the point's subject for another entity: hedged ones, and
     * ones naming the subject too ("能用上 INT8 Tensor Core，算力大概是 fp16 的两倍" compares the two), each kept sentence
     * ending as it did.
     */
    private static String asserting(String evidence, String subject, Map<String, String> contrasted) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE.split(evidence)) {
            if (!HEDGED.matcher(sentence).find() && !named(sentence, contrasted).contains(subject)) {
                kept.append(sentence);
            }
        }
        return kept.toString();
    }

    /** How many of the words of {@code a} {@code b} holds too. */
    static int shared(Set<String> a, Set<String> b) {
        // Counted, not copied: every check calls this for each clause and point.
        Set<String> fewer = a.size() <= b.size() ? a : b;
        Set<String> more = fewer == a ? b : a;
        int shared = 0;
        for (String word : fewer) {
            if (more.contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    static Set<String> named(String text, Map<String, String> contrasted) {
        Set<String> named = new TreeSet<>();
        Matcher word = ENTITY.matcher(text);
        while (word.find()) {
            String canonical = contrasted.get(word.group());
            if (canonical != null) {
                named.add(canonical);
            }
        }
        for (Map.Entry<String, String> name : contrasted.entrySet()) {
            if (!name.getKey().chars().allMatch(c -> c < 128) && text.contains(name.getKey())) {
                named.add(name.getValue());
            } else if (name.getKey().contains(" ") && text.contains(name.getKey())) {
                named.add(name.getValue());
            }
        }
        // "过拟合" inside "欠拟合"? No; but a longer name holds a shorter one ("流水线并行" holds "并行"): keep the longest.
        named.removeIf(n -> !n.chars().allMatch(c -> c < 128)
                && named.stream().anyMatch(other -> !other.equals(n) && other.contains(n)));
        return named;
    }

    /** English words and CJK bigrams without function characters, minus the contrasted names. */
    static Set<String> contentWords(String text, Map<String, String> contrasted) {
        Set<String> words = new HashSet<>();
        Matcher word = ENTITY.matcher(text);
        while (word.find()) {
            if (!contrasted.containsKey(word.group())) {
                words.add(word.group());
            }
        }
        CONTENT.addTo(words, text, false);
        return words;
    }

    /**
     * The point asserts one side, the evidence only the other, and the evidence's sentence nowhere says the point's
     * side: "编码器双向，解码器单向" contrasts two things, it does not deny "编码器双向".
     */
    private static Optional<Opposed> opposite(
            String point,
            String evidence,
            String sentence,
            OppositePair pair,
            List<Pattern> side,
            List<Pattern> other) {
        // The point first: it asserts no side of most pairs, and then the evidence need not be read.
        MatchResult said = firstAsserted(point, side);
        if (said == null) {
            return Optional.empty();
        }
        MatchResult answered = firstAsserted(evidence, other);
        @Nullable Pattern otherPhase = side == pair.first() ? pair.secondPhase() : pair.firstPhase();
        if (answered == null
                || firstAsserted(point, other) != null
                || otherPhase != null && otherPhase.matcher(point).find()
                || firstAsserted(sentence, side) != null
                || pair.needsSlot()
                        && !OppositeClaimCheck.sameSlot(
                                point,
                                said.start(),
                                said.end(),
                                evidence,
                                answered.start(),
                                answered.end(),
                                pair::holds)) {
            return Optional.empty();
        }
        return Optional.of(new Opposed(said.group(), answered.group()));
    }

    /** What the point says and what the answer says against it, normalized. */
    private record Opposed(String said, String answered) {}

    private static @Nullable MatchResult firstAsserted(String text, List<Pattern> forms) {
        for (Pattern form : forms) {
            MatchResult asserted = asserted(text, form);
            if (asserted != null) {
                return asserted;
            }
        }
        return null;
    }

    /** The form as the text asserts it: "比绝对位置编码好" and "不增加" do not assert it. */
    private static @Nullable MatchResult asserted(String text, Pattern form) {
        Matcher matcher = form.matcher(text);
        while (matcher.find()) {
            // Only what stands in the form's own clause: "特征不足；增加模型复杂度" asserts 增加.
            String[] parts = CLAUSE_START.split(before(text, matcher.start(), 3), -1);
            String before = parts[parts.length - 1];
            if (!NOT_ASSERTED.matcher(before).find()) {
                return matcher.toMatchResult();
            }
        }
        return null;
    }

    /** The up to {@code chars} characters of the text before {@code at}. */
    static String before(String text, int at, int chars) {
        return text.substring(Math.max(0, at - chars), at);
    }

    private static OppositePair pair(String side, String other) {
        return new OppositePair(forms(side), forms(other), words(side, other), false, null, null);
    }

    private static OppositePair direction(String side, String other) {
        return new OppositePair(forms(side), forms(other), words(side, other), true, null, null);
    }

    /**
     * Two phases, with the bare words that name each at all: a point that names both ("训练只见过长度 L，推理时输入更长")
     * contrasts them, so an answer's "训练的时候" is no claim against its "推理时".
     */
    private static OppositePair phase(String side, String other, String sidePhase, String otherPhase) {
        return new OppositePair(
                forms(side),
                forms(other),
                words(side, other),
                false,
                Pattern.compile(sidePhase),
                Pattern.compile(otherPhase));
    }

    private static List<String> words(String side, String other) {
        return Arrays.asList((side + "|" + other).split("\\|"));
    }

    /** English forms match whole words; Chinese ones anywhere. */
    private static List<Pattern> forms(String alternatives) {
        return Arrays.stream(alternatives.split("\\|"))
                .map(form -> form.chars().allMatch(c -> c < 128)
                        ? Pattern.compile("\\b" + Pattern.quote(form) + "\\b")
                        : Pattern.compile(Pattern.quote(form)))
                .toList();
    }
}
