package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds answers that bind a key point's attributes to another entity of the same family: the rubric says
 * "Stage 1 切分优化器状态" and the answer says "ZeRO-3 只分片优化器状态"; "MQA：所有 query head 共享一组 K/V" against "GQA 则是所有
 * query head 共享…". The entities are the subjects the rubric's points start with: numbered stages (ZeRO-1, stage 2,
 * 第三阶段, 阶段一) and leading English names (MHA, MQA, GQA, GPT-3, LLaMA, Pre-LN). Similarity cannot see such a swap:
 * the swapped sentence holds every word of the point.
 *
 * <p>A clause of the answer that names exactly one entity of the family (or continues a sentence that did) has
 * swapped point P when it holds a word only P has (not the points about the named entity) and none of the words only
 * the named entity's points have, and the answer nowhere binds P's own words to P's entity. So cumulative stages
 * ("ZeRO-2 切分优化器状态和梯度") and contrasts naming both sides stay correct. Thread-safe and stateless.
 */
final class EntitySwapCheck {

    /** A numbered stage: "zero-3", "stage 1", "第二阶段", "阶段一", "step 2". */
    private static final Pattern NUMBERED =
            Pattern.compile("(?:zero|stage|step|阶段|第)\\s*[-_]?\\s*([1-6一二三四五六])(?![0-9.])");

    /** An English name at the start of a point: its subject. */
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(" + ContradictionCheck.ENTITY.pattern() + ")");

    private static final Pattern MODEL_SIZE = Pattern.compile("-[0-9]+(?:\\.[0-9]+)?[bm]$");

    /** How far into a point its subject may stand ("Stage 1", "（可选）ZeRO-3"). */
    private static final int SUBJECT_WITHIN = 12;

    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:。；;！!？?\\n]");

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

    /** A point that ends by naming what it defines: "…称为一个 epoch", "…叫做 warmup". */
    private static final Pattern DEFINED_NAME = Pattern.compile(
            "(?:称为|称作|叫做|叫作|叫|即为|就是)\\s*(?:一个|一次|一轮)?\\s*(" + ContradictionCheck.ENTITY.pattern() + ")[。.]?$");

    /** Where a point divides into sides that may each speak of their own entity. */
    private static final Pattern SIDES = Pattern.compile("[；;]");

    /** Where a sentence of a point divides into clauses, which may each open with their own entity. */
    private static final Pattern CLAUSE_SIDES = Pattern.compile("[，,]");

    /** A clause that opens with a name and goes on to say something of it in Chinese: "LangServe 负责部署". */
    private static final Pattern NAMED_CLAUSE = Pattern.compile("\\s*[A-Za-z][A-Za-z0-9._-]+\\s*[\\u4e00-\\u9fff]");

    /**
     * A clause that only names the frame of what follows ("inference 意义上，LLM 逐 token 生成", "训练方面，…"): it says
     * nothing of its name, so it is no side binding an entity.
     */
    private static final Pattern FRAME_ONLY =
            Pattern.compile("\\s*[A-Za-z][A-Za-z0-9._-]+\\s*(?:的)?(?:意义上|意义下|层面上?|方面|角度上?|来说|而言|的话|来看)\\s*");

    /** A point's label ("生产配套：", "Adapter："), which names its topic rather than one clause's entity. */
    private static final Pattern POINT_LABEL = Pattern.compile("[^：:，,]{1,12}[：:]\\s*");

    /** A negated or conditional clause does not bind anything: "ZeRO-1 时参数还没有切". */
    private static final Pattern NOT_BINDING = Pattern.compile("不|没|无|未|非|还是|仍|如果|假如|而不是|instead|not|no\\b");

    /** Ways to say "partition" in one word, so "分片参数" and "切分模型参数" share their verb and differ in what is cut. */
    private static final Pattern SYNONYMS = Pattern.compile("分片|切分|拆分|划分|切开|拆开|切成|分割|切");

    private static final String CHINESE_DIGITS = "一二三四五六";

    /**
     * @param answer the sanitized answer (offsets are the candidate's own, since sanitizing only blanks characters)
     * @return for each point index with a swap, where and why
     */
    Map<Integer, ContradictingClause> swaps(List<String> keyPoints, String answer) {
        return swaps(keyPoints, answer, "");
    }

    /**
     * @param question the question, whose words name what every point is about ("常用的损失函数和优化器"): a clause saying
     *     "优化器基本都是 Adam" binds no word of SGD's point ("SGD：基础优化器") to Adam
     */
    Map<Integer, ContradictingClause> swaps(List<String> keyPoints, String answer, String question) {
        return swaps(keyPoints, AnswerText.of(answer), question);
    }

    /** {@link #swaps(List, String, String)} with the answer's clauses read once per grade. */
    Map<Integer, ContradictingClause> swaps(List<String> keyPoints, AnswerText answer, String question) {
        List<Part> parts = parts(keyPoints);
        List<String> points = parts.stream().map(Part::text).toList();
        List<String> subjects = sideSubjects(parts, question);
        Set<String> family = new HashSet<>(subjects);
        family.remove("");
        Set<String> siblings = siblings(points, family);
        family.addAll(siblings);
        if (family.size() < 2) {
            return Map.of();
        }
        List<Set<String>> words = points.stream()
                .map(p -> words(TermExtractor.normalize(p), family))
                .toList();
        Set<String> questionWords = words(TermExtractor.normalize(question), family);
        List<Clause> clauses = clauses(answer, family);
        List<Set<String>> mentions = points.stream()
                .map(p -> named(TermExtractor.normalize(p), family))
                .toList();
        Map<Integer, ContradictingClause> swaps = new HashMap<>();
        for (Clause clause : clauses) {
            if (!family.contains(clause.entity()) || clause.negated()) {
                continue;
            }
            // The clause says one thing: of the points about other entities of its kind, the one it shares most of
            // their own words with, if exactly one.
            int best = -1;
            int bestShared = 0;
            boolean tie = false;
            for (int i = 0; i < points.size(); i++) {
                String subject = subjects.get(i);
                if (subject.isEmpty()
                        || subject.equals(clause.entity())
                        || isStage(subject) != isStage(clause.entity())) {
                    continue;
                }
                Set<String> own = distinct(i, clause.entity(), subjects, words);
                own.removeAll(questionWords);
                Set<String> theirs = theirs(clause.entity(), subject, subjects, mentions, words);
                if (theirs.isEmpty() || intersects(clause.words(), theirs)) {
                    continue;
                }
                if (mentions.get(i).contains(clause.entity())
                        || siblings.contains(clause.entity()) && !areSiblings(subject, clause.entity())) {
                    // "GQA 是折中，质量接近 MHA": the point itself speaks of the other entity.
                    continue;
                }
                int shared = ContradictionCheck.shared(clause.words(), own);
                // Numbered stages are told apart by short phrases ("切分优化器状态"); a name needs two of its own words,
                // or all of them when it has fewer.
                if (shared < (isStage(subject) ? 1 : Math.min(2, own.size()))) {
                    continue;
                }
                if (shared > bestShared) {
                    best = i;
                    bestShared = shared;
                    tie = false;
                } else if (shared == bestShared && shared > 0 && !subject.equals(subjects.get(best))) {
                    tie = true;
                }
            }
            if (best >= 0
                    && !tie
                    && !swaps.containsKey(parts.get(best).point())
                    && !boundRightly(clauses, subjects.get(best), distinct(best, clause.entity(), subjects, words))) {
                swaps.put(
                        parts.get(best).point(),
                        new ContradictingClause(
                                clause.start(),
                                clause.end(),
                                "把「"
                                        + display(
                                                subjects.get(best),
                                                List.of(parts.get(best).text())) + "」的内容说成了「"
                                        + display(
                                                clause.entity(),
                                                List.of(
                                                        answer.text().substring(clause.start(), clause.end()),
                                                        answer.text()))
                                        + "」的"));
            }
        }
        return swaps;
    }

    /**
     * The subject of each part, except a side of a split point that is about what the question asks of: in "vLLM 的推理
     * 加速是怎么实现的？", a point's closing side "vLLM 的主要收益是吞吐" sums up the whole rather than naming a sibling of
     * PagedAttention, so a clause about vLLM is no swap of PagedAttention's point. A subject of a whole point stays
     * ("batch 越大…" beside "遍历完整个训练集称为一个 epoch", when the question asks what a batch is), and so do the sides
     * of a question that names two ("选 Chat 还是 Base？").
     */
    private static List<String> sideSubjects(List<Part> parts, String question) {
        List<String> subjects =
                parts.stream().map(part -> partSubject(part.text())).toList();
        Set<String> asked = named(TermExtractor.normalize(question), new HashSet<>(subjects));
        if (asked.size() != 1) {
            return subjects;
        }
        Set<String> ofWholePoints = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!isSide(parts, i)) {
                ofWholePoints.add(subjects.get(i));
            }
        }
        List<String> kept = new ArrayList<>(subjects);
        for (int i = 0; i < parts.size(); i++) {
            String subject = subjects.get(i);
            if (isSide(parts, i) && asked.contains(subject) && !ofWholePoints.contains(subject)) {
                kept.set(i, "");
            }
        }
        return kept;
    }

    private static boolean isSide(List<Part> parts, int i) {
        int point = parts.get(i).point();
        return (i > 0 && parts.get(i - 1).point() == point)
                || (i + 1 < parts.size() && parts.get(i + 1).point() == point);
    }

    /** A key point, or one side of a point that binds two entities ("Base 只经过预训练；Chat 又做了 SFT"). */
    private record Part(int point, String text) {}

    /**
     * The points, with a point split at its semicolons when its sides speak of different entities: each side binds
     * its own attributes, and an answer that swaps them swaps sides of one point.
     */
    private static List<Part> parts(List<String> points) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String[] sides = SIDES.split(points.get(i));
            if (sides.length == 1) {
                sides = clausesByName(points.get(i));
            }
            Set<String> subjects = new HashSet<>();
            for (String side : sides) {
                subjects.add(partSubject(side));
            }
            subjects.remove("");
            if (sides.length > 1 && subjects.size() > 1) {
                for (String side : sides) {
                    if (!side.isBlank()) {
                        parts.add(new Part(i, side));
                    }
                }
            } else {
                parts.add(new Part(i, points.get(i)));
            }
        }
        return parts;
    }

    /**
     * A point that binds two entities in clauses of one sentence ("生产配套：LangSmith 负责观测与评估，LangServe 负责部署"):
     * its clauses, each clause without a name of its own kept with the one before; the whole point when fewer than two
     * clauses open with a name of their own.
     */
    private static String[] clausesByName(String point) {
        Matcher label = POINT_LABEL.matcher(point);
        if (label.lookingAt() && !subject(label.group()).isEmpty()) {
            // "ReLU：max(0, x)，原始 Transformer 使用" is about ReLU, its label.
            return new String[] {point};
        }
        String body = label.lookingAt() ? point.substring(label.end()) : point;
        List<String> sides = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String clause : CLAUSE_SIDES.split(body)) {
            String name = NAMED_CLAUSE.matcher(clause).lookingAt()
                            && !FRAME_ONLY.matcher(clause).matches()
                    ? subject(clause)
                    : "";
            if (!name.isEmpty() && names.add(name) || sides.isEmpty()) {
                sides.add(clause);
            } else {
                sides.set(sides.size() - 1, sides.get(sides.size() - 1) + "，" + clause);
            }
        }
        return names.size() >= 2 && sides.size() == names.size() ? sides.toArray(String[]::new) : new String[] {point};
    }

    /**
     * The entity a point (or side) is about: its {@link #subject}, else the one English name it defines at its end
     * ("遍历完整个训练集称为一个 epoch"), provided it names no other. A name merely used on the way ("用领域语料做
     * next-token 预训练") is not what the point is about.
     */
    private static String partSubject(String point) {
        String subject = subject(point);
        if (!subject.isEmpty()) {
            return subject;
        }
        String normalized = TermExtractor.normalize(point).strip();
        Set<String> names = new HashSet<>();
        Matcher name = ContradictionCheck.ENTITY.matcher(normalized);
        while (name.find()) {
            names.add(canonical(name.group()));
        }
        Matcher defined = DEFINED_NAME.matcher(normalized);
        return names.size() == 1 && defined.find() ? canonical(defined.group(1)) : "";
    }

    /**
     * Names the points mention that differ from a subject in one part of a hyphenated name: Post-LN beside Pre-LN,
     * top-p beside top-k, ZeRO-Infinity beside ZeRO-Offload. An answer that binds a subject's words to such a sibling
     * has swapped them as surely as with another subject.
     */
    private static Set<String> siblings(List<String> points, Set<String> subjects) {
        Set<String> siblings = new HashSet<>();
        for (String point : points) {
            Matcher name = ContradictionCheck.ENTITY.matcher(TermExtractor.normalize(point));
            while (name.find()) {
                String candidate = canonical(name.group());
                int dash = candidate.indexOf('-');
                if (dash <= 0 || subjects.contains(candidate) || candidate.startsWith("zero-") && isDigits(candidate)) {
                    continue;
                }
                for (String subject : subjects) {
                    if (areSiblings(subject, candidate)) {
                        siblings.add(candidate);
                    }
                }
            }
        }
        return siblings;
    }

    /** A model's size is no part of its name: "ChatGLM-6B" is the ChatGLM an answer speaks of. */
    private static String canonical(String name) {
        return MODEL_SIZE.matcher(name).replaceAll("");
    }

    private static boolean areSiblings(String a, String b) {
        int dashA = a.indexOf('-');
        int dashB = b.indexOf('-');
        return dashA > 0
                && dashB > 0
                && !isStage(a)
                && !isStage(b)
                && !a.equals(b)
                && (a.substring(dashA).equals(b.substring(dashB))
                        || a.substring(0, dashA).equals(b.substring(0, dashB)));
    }

    private static boolean isDigits(String name) {
        return name.substring(name.indexOf('-') + 1).chars().allMatch(Character::isDigit);
    }

    /** What {@code w.matches("[0-9]+")} tells, without compiling a pattern for every word of every clause. */
    private static boolean isAsciiNumber(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isStage(String entity) {
        return entity.startsWith("stage-");
    }

    /** The entity a point is about: a numbered stage near its start, else the English name it starts with. */
    static String subject(String point) {
        String normalized = TermExtractor.normalize(point);
        Matcher numbered = NUMBERED.matcher(normalized);
        if (numbered.find() && numbered.start() <= SUBJECT_WITHIN) {
            return stage(numbered.group(1));
        }
        Matcher name = LEADING_NAME.matcher(normalized);
        return name.find() ? canonical(name.group(1)) : "";
    }

    private static String stage(String digit) {
        int chinese = CHINESE_DIGITS.indexOf(digit);
        return "stage-" + (chinese >= 0 ? String.valueOf(chinese + 1) : digit);
    }

    /** Words of point i that no point about {@code other} has. */
    private static Set<String> distinct(int i, String other, List<String> subjects, List<Set<String>> words) {
        Set<String> distinct = new HashSet<>(words.get(i));
        for (int j = 0; j < subjects.size(); j++) {
            if (subjects.get(j).equals(other)) {
                distinct.removeAll(words.get(j));
            }
        }
        return distinct;
    }

    /**
     * Words of the points that speak of {@code entity} ("RLHF 中的 PPO 需要先训练奖励模型" speaks of PPO) that no point
     * about {@code subject} has.
     */
    private static Set<String> theirs(
            String entity, String subject, List<String> subjects, List<Set<String>> mentions, List<Set<String>> words) {
        Set<String> theirs = new HashSet<>();
        for (int j = 0; j < subjects.size(); j++) {
            if (subjects.get(j).equals(entity) || mentions.get(j).contains(entity)) {
                theirs.addAll(words.get(j));
            }
        }
        for (int j = 0; j < subjects.size(); j++) {
            if (subjects.get(j).equals(subject)) {
                theirs.removeAll(words.get(j));
            }
        }
        return theirs;
    }

    /**
     * The answer also says the point's own thing of the point's own entity: a contrast, not a swap. Negated clauses
     * count too ("LayerNorm 对每个样本算均值方差，跟 batch 没关系" still binds 均值方差 to LayerNorm).
     */
    private static boolean boundRightly(List<Clause> clauses, String subject, Set<String> own) {
        return clauses.stream().anyMatch(c -> c.entity().equals(subject) && intersects(c.words(), own));
    }

    private record Clause(int start, int end, String entity, Set<String> words, boolean negated) {}

    /**
     * The answer's clauses with the one entity each names; a clause naming none continues the entity of its
     * sentence, a clause naming several is about a comparison and binds nothing.
     */
    private static List<Clause> clauses(AnswerText answer, Set<String> family) {
        List<Clause> clauses = new ArrayList<>();
        Set<String> inSentence = new HashSet<>();
        String carried = "";
        for (AnswerSentence.Part part : answer.sentences().stream()
                .flatMap(sentence -> sentence.clauses().stream())
                .toList()) {
            int start = part.start();
            int stop = part.end();
            String text = part.text();
            Set<String> named = named(text, family);
            inSentence.addAll(named);
            String entity = named.size() == 1 ? named.iterator().next() : named.isEmpty() ? carried : "";
            if (!text.isBlank()) {
                Set<String> words = words(text, family);
                // A name that is one item of a list ("稀疏注意力、MQA 之类的结构") is offered as an option: it binds nothing.
                boolean negated = NOT_BINDING.matcher(text).find() || listed(text, entity);
                if (named.isEmpty()
                        && !entity.isEmpty()
                        && !clauses.isEmpty()
                        && clauses.get(clauses.size() - 1).entity().equals(entity)) {
                    Clause last = clauses.get(clauses.size() - 1);
                    // The rest of what the sentence says of the same entity: one statement, judged whole.
                    Set<String> joined = new HashSet<>(last.words());
                    joined.addAll(words);
                    clauses.set(
                            clauses.size() - 1,
                            new Clause(last.start(), stop, entity, joined, last.negated() || negated));
                } else {
                    clauses.add(new Clause(start, stop, entity, words, negated));
                }
            }
            boolean sentenceEnds = SENTENCE_END.matcher(text).find();
            // A sentence that has named several entities relates them; what follows is about none of them alone.
            carried = sentenceEnds || inSentence.size() > 1 ? "" : entity;
            if (sentenceEnds) {
                inSentence.clear();
            }
        }
        return clauses;
    }

    /** The entity's name stands next to an enumeration comma in the clause (normalized, as the entity is). */
    private static boolean listed(String text, String entity) {
        if (entity.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(entity); at >= 0; at = text.indexOf(entity, at + 1)) {
            String before = text.substring(0, at).stripTrailing();
            String after = text.substring(at + entity.length()).stripLeading();
            if (before.endsWith("、") || after.startsWith("、")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> named(String text, Set<String> family) {
        Set<String> named = new LinkedHashSet<>();
        Matcher numbered = NUMBERED.matcher(text);
        while (numbered.find()) {
            String stage = stage(numbered.group(1));
            if (family.contains(stage)) {
                named.add(stage);
            }
        }
        Matcher name = ContradictionCheck.ENTITY.matcher(text);
        while (name.find()) {
            String canonical = canonical(name.group());
            if (family.contains(canonical)) {
                named.add(canonical);
            }
        }
        return named;
    }

    /** The point's content words without the family's names: what it says of its entity. */
    private static Set<String> words(String normalized, Set<String> family) {
        Set<String> words =
                ContradictionCheck.contentWords(SYNONYMS.matcher(normalized).replaceAll("切分"), Map.of());
        words.removeAll(family);
        words.removeIf(w -> w.startsWith("zero-") || w.equals("stage") || w.equals("zero") || isAsciiNumber(w));
        return words;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String word : a) {
            if (b.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The entity as the text that names it writes it ("ZeRO-3", "GQA"); a stage by its number. */
    private static String display(String entity, List<String> namedIn) {
        return entity.startsWith("stage-")
                ? "阶段 " + entity.substring("stage-".length())
                : Written.find(namedIn, entity);
    }

    /** The quote of a swap, verbatim from the candidate's answer. */
    static Optional<String> quote(String answer, ContradictingClause swap) {
        String quote = answer.substring(swap.start(), swap.end()).strip();
        while (!quote.isEmpty()
                && CLAUSE_END.matcher(quote.substring(quote.length() - 1)).matches()) {
            quote = quote.substring(0, quote.length() - 1).strip();
        }
        return quote.isEmpty() ? Optional.empty() : Optional.of(quote);
    }
}
