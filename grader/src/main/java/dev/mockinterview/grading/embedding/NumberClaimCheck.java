package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.Glossary;
import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that puts another quantity into the slot where a key point states one: the point says
 * "单张 V100 可训练约 13B 参数的模型", the answer "一张 V100 能训练 1000B 参数的模型"; "BERT 随机遮盖 15% 的 token" against
 * "BERT 会遮盖 50% 的 token". Similarity cannot see this: the wrong sentence holds every word of the point.
 *
 * <p>A quantity is a number (arabic, decimal, Chinese numerals, 一半, 翻倍, 四分之一) with a unit or kind (B params,
 * GB, %, 倍, bit, 层, 维, token, 个 + noun, 步, epoch, 秒, TFLOPS, GB/s), or a bare number right after a setting verb
 * ("rank 设到 1024"). Two quantities are in one slot when they are of one kind, are both plain values or both changes
 * in one direction (提升/降低), and share at least two neighbouring words (bigrams, English terms, concepts). They
 * contradict only when they differ clearly: the intervals (ranges and bounds such as "8 或 16", "1024 以上" are
 * intervals) lie apart by a factor of 1.5, of 2 when either is approximate (约, 左右) or a change, of 4 when the point
 * gives typical values (通常, 一般).
 *
 * <p>Precision matters more than recall, so much is skipped: numbers that are part of a name (GPT-3, LLaMA-2, ZeRO-3,
 * W8A16, int8, a model size that is the subject such as "7B 模型"), numbers in formulas, ordinals, examples and
 * conditions of the point ("如 2048", "8 个头时"), answer clauses that are hedged, negated, conditional or about
 * another entity (another model size, another named thing with a digit, another entity the rubric contrasts), and
 * every point whose own value the answer states anywhere (the other number is then a part or a contrast). Thread-safe
 * and stateless after construction.
 */
final class NumberClaimCheck {

    private static final String NUMBER = "\\d+(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?(?:e\\d+)?|[零一二两三四五六七八九十百千万亿]+";

    /** Units, longest first, each mapped to its kind and multiplier. */
    private static final List<Unit> UNITS = List.of(
            new Unit("tb/s", "bandwidth", 1e12),
            new Unit("gb/s", "bandwidth", 1e9),
            new Unit("mb/s", "bandwidth", 1e6),
            new Unit("pflops", "flops", 1e15),
            new Unit("tflops", "flops", 1e12),
            new Unit("gflops", "flops", 1e9),
            new Unit("tops", "flops", 1e12),
            new Unit("tb", "bytes", 1e12),
            new Unit("gb", "bytes", 1e9),
            new Unit("mb", "bytes", 1e6),
            new Unit("kb", "bytes", 1e3),
            new Unit("字节", "bytes", 1),
            new Unit("bytes", "bytes", 1),
            new Unit("byte", "bytes", 1),
            new Unit("%", "percent", 1),
            new Unit("倍", "ratio", 1),
            new Unit("×", "ratio", 1),
            new Unit("x", "ratio", 1),
            new Unit("bits", "bits", 1),
            new Unit("bit", "bits", 1),
            new Unit("-bit", "bits", 1),
            new Unit("比特", "bits", 1),
            new Unit("位", "bits", 1),
            new Unit("层", "layers", 1),
            new Unit("layers", "layers", 1),
            new Unit("维", "dims", 1),
            new Unit("tokens", "tokens", 1),
            new Unit("token", "tokens", 1),
            new Unit("词元", "tokens", 1),
            new Unit("参数量", "params", 1),
            new Unit("参数", "params", 1),
            new Unit("parameters", "params", 1),
            new Unit("params", "params", 1),
            new Unit("个头", "heads", 1),
            new Unit("头", "heads", 1),
            new Unit("heads", "heads", 1),
            new Unit("步", "steps", 1),
            new Unit("steps", "steps", 1),
            new Unit("epochs", "epochs", 1),
            new Unit("epoch", "epochs", 1),
            new Unit("轮", "epochs", 1),
            new Unit("张卡", "gpus", 1),
            new Unit("块卡", "gpus", 1),
            new Unit("卡", "gpus", 1),
            new Unit("毫秒", "seconds", 1e-3),
            new Unit("ms", "seconds", 1e-3),
            new Unit("秒", "seconds", 1),
            new Unit("分钟", "seconds", 60),
            new Unit("小时", "seconds", 3600));

    private static final Pattern ATOM = Pattern.compile("(百分之)?(" + NUMBER + ")(\\s*(万亿|十亿|亿|万|千|[kmbt])(?![a-z]))?");

    /** Words that are quantities on their own. */
    private static final Pattern WORD_QUANTITY =
            Pattern.compile("一半|减半|翻倍|翻一倍|翻番|双倍|([一二两三四五六七八九十百千\\d]+)分之([一二两三四五六七八九十\\d]+)");

    /** A fraction written with a slash: "降到 1/4". */
    private static final Pattern SLASH_FRACTION = Pattern.compile("(?<![a-z0-9/^_.(])(\\d+)/(\\d+)(?![\\d/^a-z.(])");

    private static final Pattern RANGE_NEXT = Pattern.compile("^\\s*(~|-|–|—|到|至|或者|或|、|/)\\s*\\d");

    private static final Pattern RANGE_PREVIOUS = Pattern.compile("\\d\\s*(~|-|–|—|到|至|或者|或|、|/)\\s*$");

    /** An English word right before: "llama 2", "rank 8". */
    private static final Pattern NAME_BEFORE = Pattern.compile("[a-z][a-z0-9]*\\s$");

    /** Where a bare number is a value of its slot: "rank 设到 1024", "序列长度是 2048". */
    private static final Pattern SETTING =
            Pattern.compile("(取|设为|设置为|设成|设到|设置成|调到|调成|定为|设|=|等于|为|是)\\s*(约|大约|大概)?\\s*$");

    private static final Pattern RANGE_JOINER = Pattern.compile("^\\s*(~|-|–|—|到|至|或者|或|、|/)\\s*$");

    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile("(约|大约|大概|差不多|接近|将近|近|~|≈|大致|上下)\\s*$");

    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^\\s*(左右|上下|量级|出头)");

    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("超过|至少|大于|多于|不少于|起码|高达|>|≥");

    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*(以上|及以上|往上|起步|多(?![少个种数]))");

    private static final Pattern AT_MOST_BEFORE = Pattern.compile("不到|不超过|少于|小于|低于|最多|至多|<|≤");

    private static final Pattern AT_MOST_AFTER = Pattern.compile("^\\s*(以下|以内|之内)");

    /** A change and its direction: "提升 50%" is not the value 50 %, and "快 2 倍" may mean three times as fast. */
    private static final Pattern UP =
            Pattern.compile("(增加|增大|提升|提高|提速|加速|加快|上升|扩大|快了|多了|大了|高了|快|多出)\\s*(了|约|大约|大概|近|将近)?\\s*$");

    private static final Pattern DOWN =
            Pattern.compile("(减少|降低|下降|降速|减速|减小|缩小|节省|节约|省下|省了|少了|慢了|小了|省|少|慢)\\s*(了|约|大约|大概|近|将近)?\\s*$");

    /** The point gives typical values, not the only right one. */
    private static final Pattern TYPICAL = Pattern.compile("通常|一般|常用|常见|典型|往往|多为|常取|默认|常设");

    /** A sentence that does not assert a value up to the clause: hedged, conditional, or an example. */
    private static final Pattern NOT_ASSERTED = Pattern.compile(
            "可能|也许|或许|好像|似乎|不确定|不清楚|记不清|印象中|应该|估计|猜|未必|不一定|如果|假如|若|要是|一旦|假设|的话|万一|只要(?![\\s约大概]*[\\d一二两三四五六七八九十半])|除非|比如|例如|譬如|举个例子|假定|分别|有人说|有人认为|很多人|(?<!可)以为|误区|误解|错误(?!率)|不对"
                    + "|\\b(if|unless|e\\.g|maybe|perhaps|probably|might|may)\\b");

    /** A clause holding a negation asserts no value of its own: "V100 训练不了 1000B 的模型". */
    private static final Pattern NEGATED =
            Pattern.compile("不(?!到|超过|少于|足|止|低于|高于|多于|同|仅|断)|没|无|未(?!来)|非(?!常)|\\b(not|no|never)\\b|n't");

    /** An example or condition of the point: "（如 2048）", "8 个头时". */
    private static final Pattern POINT_EXAMPLE_BEFORE = Pattern.compile("(如|例如|比如|e\\.g\\.|像)\\s*$");

    private static final Pattern POINT_CONDITION = Pattern.compile("如果|若|假如|当|时为|时是|分别");

    /** A number compared against: "比 13B 大". */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(比|相比|比起|than|vs\\.?)\\s*$");

    /** A model size that names the model ("7B 模型", "LLaMA-7B"): the subject, not a quantity of a slot. */
    private static final Pattern SIZE = Pattern.compile("(?<![a-z0-9.])(\\d+(?:\\.\\d+)?)\\s*([bm])(?![a-z])");

    private static final Pattern SIZE_NAMES_MODEL = Pattern.compile("^\\s*(模型|model|版本|版|llm|基座|大模型|chat|instruct|-)");

    private static final Pattern CLAUSE_OPENING = Pattern.compile("^[\\s(（]*(对于|像|以|拿|用)?\\s*$");

    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:。；;！!？?\\n]");

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

    /** A name with a digit: V100, int4, GPT-3, LLaMA2. */
    private static final Pattern DIGIT_NAME = Pattern.compile("[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*");

    /** Words too common around numbers to place a slot. */
    private static final Set<String> NOT_SLOT_WORDS = Set.of(
            "通常", "一般", "大概", "大约", "左右", "差不多", "可能", "至少", "以上", "以下", "超过", "需要", "其实", "基本", "大致", "实际", "常用", "默认",
            "往往");

    /** Slot nouns a glossary concept does not join: 秩 and rank. */
    private static final Map<String, String> SLOT_ALIASES = Map.of(
            "秩", "rank",
            "rank", "rank",
            "维度", "dimension",
            "dim", "dimension",
            "层数", "layers",
            "学习率", "learning-rate",
            "lr", "learning-rate",
            "词表", "vocab",
            "vocab", "vocab");

    private static final String NUMERAL_CHARS = "零一二两三四五六七八九十百千万亿半倍层维位步秒";

    private static final String CONCEPT = "concept:";

    private static final double ZERO_LIKE = 0.1;

    private static final Pattern GREEK = Pattern.compile("[α-ω]");

    private static final Pattern NOT_SLOT =
            Pattern.compile("通常|一般|大概|大约|左右|差不多|可能|至少|以上|以下|超过|需要|其实|基本|大致|实际|常用|默认|往往|只要|只有|只占|就是|也就");

    /** The English name a clause opens with, after a connective: "而 MAE 遮盖 75%". */
    private static final Pattern LEAD =
            Pattern.compile("^[\\s(]*(?:而|但是|但|则|另外|其中|对于|像)?\\s*(" + ContradictionCheck.ENTITY.pattern() + ")");

    private static final Pattern NAMES_CARD =
            Pattern.compile("^\\s*(的|显存的|内存的)?\\s*(卡|显卡|gpu|a100|h100|v100|a800|h800|4090|3090|机器|服务器|设备)");

    private static final Pattern FORMULA = Pattern.compile("[×*]\\s*[\\p{IsHan}a-z0-9(]");

    private static final Map<String, Set<String>> KIND_WORDS = Map.of(
            "params", Set.of("参数", "数量", "params", "parameters", "parameter", CONCEPT + "parameter"),
            "tokens", Set.of("token", "tokens", CONCEPT + "token"),
            "layers", Set.of("layers", "layer"),
            "dims", Set.of("dimension"),
            "heads", Set.of("头数", "heads", "head"),
            "bytes", Set.of("字节", "bytes", "byte"),
            "gpus", Set.of("gpu", "gpus", "显卡"),
            "epochs", Set.of("epoch", "epochs"),
            "steps", Set.of("steps", "step"),
            "percent", Set.of("比例", "占比"));

    /** A number that sets a condition: "temperature 设为 0 时", "rank 为 8 的情况下". */
    private static final Pattern CONDITION_AFTER = Pattern.compile("^\\s*(的)?\\s*(时|时候|情况下|的话)");

    /** Things joined before a number: the number may be their sum. */
    private static final Pattern COORDINATION = Pattern.compile("和|与|及|、|加上|加|以及|\\+|\\band\\b|\\bplus\\b");

    /** Kinds that name what they count, so one shared name can place them. */
    private static final Set<String> COUNTED =
            Set.of("layers", "heads", "dims", "params", "tokens", "gpus", "epochs", "steps");

    /** A quantity per thing ("每个参数 2 字节", "16 字节/参数") is of another kind than a total. */
    private static final String PER = "/per";

    private static final Pattern PER_BEFORE = Pattern.compile("每|单个|平均|\\bper\\b");

    private static final Pattern PER_AFTER = Pattern.compile("^\\s*(/|每|per\\b)");

    private static final double TOLERANCE = 1.5;
    private static final double APPROXIMATE_TOLERANCE = 1.8;
    private static final double TYPICAL_TOLERANCE = 4.0;

    /** How far before a number its slot words may stand (within the sentence), and how far after (within the clause). */
    private static final int LEFT_WINDOW = 24;

    private static final int RIGHT_WINDOW = 8;

    private final Glossary glossary;

    NumberClaimCheck() {
        this(Glossary.bundled());
    }

    NumberClaimCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    private record Unit(String form, String kind, double multiplier) {}

    /**
     * A quantity as stated: kind, interval, how it is stated, where (in its normalized text) and the words of its slot.
     */
    private record Quantity(
            String kind,
            double low,
            double high,
            String written,
            double multiplier,
            boolean settled,
            int start,
            int end,
            boolean approximate,
            int direction,
            Set<String> slot,
            Set<String> inClause,
            List<String> pair,
            boolean summed,
            String nearest) {

        boolean contains(Quantity other, double tolerance) {
            if (high == 0 || other.high == 0) {
                // Zero has no ratio: "约为 0" holds anything below a tenth.
                return Math.min(low, other.low) < ZERO_LIKE && Math.max(low, other.low) < ZERO_LIKE;
            }
            return !(other.low > high * tolerance + 1e-12 || other.high * tolerance < low - 1e-12);
        }
    }

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index with a quantity contradicted in its slot, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer, String question) {
        return claims(points, answer, ContradictionCheck.Rubric.of(question, points));
    }

    /** {@link #claims(List, String, String)} with the rubric's contrasted entities worked out once per grade. */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer, ContradictionCheck.Rubric rubric) {
        Map<String, String> contrasted = rubric.contrasted();
        String question = TermExtractor.normalize(rubric.question());
        List<Clause> clauses = clauses(answer);
        List<Quantity> everywhere = new ArrayList<>();
        for (Clause clause : clauses) {
            everywhere.addAll(quantities(clause.sentence(), clause.from(), clause.to(), true));
        }
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            String point = TermExtractor.normalize(points.get(i));
            Set<String> pointNames = names(point, contrasted);
            Set<String> known = ContradictionCheck.englishTerms(point + " " + question);
            boolean typical = TYPICAL.matcher(point).find();
            List<Quantity> stated = quantities(point, 0, point.length()).stream()
                    .filter(q -> asserted(point, q))
                    .toList();
            for (Quantity said : stated) {
                // The answer gives the point's own value somewhere: the other number is a part, a contrast or a step.
                if (everywhere.stream().anyMatch(q -> sameKind(said, q) && said.contains(q, TOLERANCE))) {
                    continue;
                }
                String written = shown(points.get(i), point, said.start(), said.end(), said.written());
                ContradictingClause claim =
                        contradicting(said, written, typical, pointNames, known, answer, clauses, contrasted);
                if (claim != null) {
                    claims.put(i, claim);
                    break;
                }
            }
        }
        return claims;
    }

    private @Nullable ContradictingClause contradicting(
            Quantity said,
            String written,
            boolean typical,
            Set<String> pointNames,
            Set<String> known,
            String answer,
            List<Clause> clauses,
            Map<String, String> contrasted) {
        for (Clause clause : clauses) {
            String text = clause.sentence().substring(clause.from(), clause.to());
            if (NEGATED.matcher(text).find()
                    || NOT_ASSERTED
                            .matcher(clause.sentence().substring(0, clause.to()))
                            .find()) {
                continue;
            }
            // Names up to the end of this clause: "70B 模型要 140GB" speaks of another model than "7B 模型约 14GB".
            Set<String> named = names(clause.sentence().substring(0, clause.to()), contrasted);
            if (!pointNames.containsAll(named)) {
                continue;
            }
            // A clause or sentence opening with a name neither the point nor the question has is about that thing:
            // "MAE 随机遮盖 75% 的 token" against a point on BERT.
            String lead = lead(text);
            if (lead.isEmpty()) {
                lead = lead(clause.sentence());
            }
            if (!lead.isEmpty() && !known.contains(lead)) {
                continue;
            }
            for (Quantity answered : quantities(clause.sentence(), clause.from(), clause.to())) {
                if (!sameKind(said, answered)
                        || said.direction() != answered.direction()
                        || !inOneSlot(said, answered)
                        || COMPARED_BEFORE
                                .matcher(ContradictionCheck.before(clause.sentence(), answered.start(), 4))
                                .find()
                        || CONDITION_AFTER
                                .matcher(clause.sentence().substring(answered.end(), clause.to()))
                                .find()) {
                    continue;
                }
                Quantity compared = related(said, answered);
                if (compared == null) {
                    continue;
                }
                double tolerance = typical
                        ? TYPICAL_TOLERANCE
                        : said.approximate() || answered.approximate() || said.direction() != 0
                                ? APPROXIMATE_TOLERANCE
                                : TOLERANCE;
                // "梯度和 Adam 状态约 16–20 字节" is a sum: a smaller number may be one of its parts.
                boolean part = said.summed() && compared.high() < said.low();
                if (!part && !said.contains(compared, tolerance)) {
                    return new ContradictingClause(
                            clause.start(),
                            clause.end(),
                            "参考答案给的是「" + written + "」，回答说的是「"
                                    + shown(
                                            answer.substring(clause.start() - clause.from()),
                                            clause.sentence(),
                                            answered.start(),
                                            answered.end(),
                                            answered.written())
                                    + "」");
                }
            }
        }
        return null;
    }

    /**
     * A ratio or share relates two things, in an order: "fp16 的显存是 int8 的两倍" says what "int8 的显存约为 fp16 的一半"
     * says. A ratio is compared when both name the same two things (inverted when in the other order); a share is
     * not compared when they name two different pairs. Null when they cannot be compared.
     */
    private static @Nullable Quantity related(Quantity said, Quantity answered) {
        boolean ratio = said.kind().startsWith("ratio");
        boolean share = said.kind().startsWith("percent");
        if (!ratio && !share) {
            return answered;
        }
        List<String> p = said.pair();
        List<String> a = answered.pair();
        if (p.isEmpty() || a.isEmpty()) {
            // A change ("扩大 10 倍") is against what was before; a bare ratio needs its two things.
            return ratio && said.direction() == 0 ? null : answered;
        }
        if (p.equals(a)) {
            return answered;
        }
        if (said.direction() != 0) {
            return null;
        }
        if (ratio && p.get(0).equals(a.get(1)) && p.get(1).equals(a.get(0))) {
            double low = answered.high() == Double.POSITIVE_INFINITY ? 0 : 1 / answered.high();
            double high = answered.low() == 0 ? Double.POSITIVE_INFINITY : 1 / answered.low();
            return new Quantity(
                    answered.kind(),
                    low,
                    high,
                    answered.written(),
                    answered.multiplier(),
                    answered.settled(),
                    answered.start(),
                    answered.end(),
                    answered.approximate(),
                    answered.direction(),
                    answered.slot(),
                    answered.inClause(),
                    answered.pair(),
                    answered.summed(),
                    answered.nearest());
        }
        return null;
    }

    /** The quantity as the candidate or the rubric wrote it ("13B", not "13b"), when normalizing kept the offsets. */
    private static String shown(String raw, String normalized, int start, int end, String fallback) {
        if (end > raw.length()
                || !TermExtractor.normalize(raw.substring(start, end)).equals(normalized.substring(start, end))) {
            return fallback;
        }
        return raw.substring(start, end).strip();
    }

    private static boolean sameKind(Quantity a, Quantity b) {
        return a.kind().equals(b.kind());
    }

    /**
     * Two shared slot words, at least one of them in the answer number's own clause. A concept counts only when no
     * shared word names it already: "显存" and concept memory, "int8" and concept precision are one word each.
     */
    private boolean inOneSlot(Quantity said, Quantity answered) {
        Set<String> shared = new HashSet<>(said.slot());
        shared.retainAll(answered.slot());
        Set<String> witnessed = new HashSet<>();
        for (String word : shared) {
            if (!word.startsWith(CONCEPT)) {
                glossary.conceptsIn(word).forEach(c -> witnessed.add(CONCEPT + c));
            }
        }
        shared.removeAll(witnessed);
        // The kind's own nouns ("参数" beside "13B", "token" beside "4k") come with every number of the kind.
        shared.removeAll(KIND_WORDS.getOrDefault(said.kind().replace(PER, ""), Set.of()));
        // A short statement of a counted thing ("GPT-3 有 96 层") has one word of slot: then it must be all of it.
        boolean sameShortSlot = COUNTED.contains(said.kind())
                && !said.slot().isEmpty()
                && said.slot().equals(answered.slot());
        // A clause qualifying its number further than the point ("Adam 的两个状态每个参数要 8 字节" against the whole
        // "约 16–20 字节/参数") speaks of a part or another thing: its own words may not outnumber the shared ones.
        Set<String> extra = new HashSet<>(answered.inClause());
        extra.removeAll(said.slot());
        extra.removeIf(word -> word.startsWith(CONCEPT));
        // The slot's words stand in the number's own clause, or that clause adds at most one word of its own
        // ("LoRA 的 rank 越大越好，一般设到 1024 以上").
        return (shared.size() >= 2 || sameShortSlot)
                && (shared.stream().anyMatch(answered.inClause()::contains)
                        || extra.size() <= 1
                                && (answered.nearest().isEmpty()
                                        || said.slot()
                                                .contains(SLOT_ALIASES.getOrDefault(
                                                        answered.nearest(), answered.nearest()))))
                && extra.size() <= shared.size();
    }

    /** The point's quantity is its claim, not an example or a condition ("如 2048", "8 个头时"). */
    private static boolean asserted(String point, Quantity quantity) {
        String clause = clauseAround(point, quantity.start(), quantity.end());
        return !POINT_EXAMPLE_BEFORE
                        .matcher(ContradictionCheck.before(point, quantity.start(), 4))
                        .find()
                && !POINT_CONDITION.matcher(clause).find()
                && !CONDITION_AFTER.matcher(point.substring(quantity.end())).find();
    }

    private static String clauseAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !CLAUSE_END.matcher(text.substring(from - 1, from)).matches()) {
            from--;
        }
        Matcher stop = CLAUSE_END.matcher(text);
        int to = stop.find(end) ? stop.start() : text.length();
        return text.substring(from, to);
    }

    /** The quantities standing in {@code text} between {@code from} and {@code to}, with their slots. */
    private List<Quantity> quantities(String text, int from, int to) {
        return quantities(text, from, to, false);
    }

    /**
     * @param loose also every bare number, asserted or not: "有人说要设到 1024，其实 8 或 16 就够了" says the point's value
     */
    private List<Quantity> quantities(String text, int from, int to, boolean loose) {
        List<Quantity> atoms = new ArrayList<>();
        Matcher atom = ATOM.matcher(text);
        atom.region(from, to).useTransparentBounds(true);
        while (atom.find()) {
            Quantity quantity = atom(text, atom, to, loose);
            if (quantity != null) {
                atoms.add(quantity);
            }
        }
        Matcher word = WORD_QUANTITY.matcher(text);
        word.region(from, to).useTransparentBounds(true);
        while (word.find()) {
            double value = wordValue(word);
            if (value > 0 && atoms.stream().noneMatch(q -> q.start() < word.end() && word.start() < q.end())) {
                atoms.add(quantity(text, "ratio", value, value, 1, true, word.start(), word.end(), to, false));
            }
        }
        Matcher slash = SLASH_FRACTION.matcher(text);
        slash.region(from, to).useTransparentBounds(true);
        while (slash.find()) {
            double denominator = Double.parseDouble(slash.group(2));
            if (denominator > 0 && atoms.stream().noneMatch(q -> q.start() < slash.end() && slash.start() < q.end())) {
                double value = Double.parseDouble(slash.group(1)) / denominator;
                atoms.add(quantity(text, "ratio", value, value, 1, true, slash.start(), slash.end(), to, false));
            }
        }
        atoms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Quantity> merged = ranges(text, atoms, to);
        return loose ? merged : merged.stream().filter(Quantity::settled).toList();
    }

    /** "8 或 16", "16–20 字节", "7%–64%": neighbours of one kind joined by a range word are one interval. */
    private List<Quantity> ranges(String text, List<Quantity> atoms, int to) {
        List<Quantity> merged = new ArrayList<>();
        for (Quantity next : atoms) {
            if (!merged.isEmpty()) {
                Quantity last = merged.get(merged.size() - 1);
                boolean joined = last.end() <= next.start()
                        && RANGE_JOINER
                                .matcher(text.substring(last.end(), next.start()))
                                .matches();
                if (joined && (last.kind().equals(next.kind()) || last.kind().equals("bare"))) {
                    // "8 到 16 层", "13 到 20B": a bare first number takes the unit of the second.
                    double scaled = last.kind().equals(next.kind()) ? 1 : next.multiplier();
                    merged.set(
                            merged.size() - 1,
                            quantity(
                                    text,
                                    next.kind(),
                                    Math.min(last.low() * scaled, next.low()),
                                    Math.max(last.high() * scaled, next.high()),
                                    next.multiplier(),
                                    last.settled() || next.settled(),
                                    last.start(),
                                    next.end(),
                                    to,
                                    last.approximate() || next.approximate()));
                    continue;
                }
            }
            merged.add(next);
        }
        return merged;
    }

    private @Nullable Quantity atom(String text, Matcher atom, int to, boolean loose) {
        int start = atom.start();
        int numberEnd = atom.end(2);
        String number = atom.group(2);
        boolean chinese = !Character.isDigit(number.charAt(0));
        String before = text.substring(0, start);
        if (partOfName(before, chinese)) {
            return null;
        }
        double value = chinese ? chineseValue(number) : Double.parseDouble(number.replace(",", ""));
        if (value < 0) {
            return null;
        }
        int end = numberEnd;
        double multiplier = 1;
        String scale = atom.group(4);
        if (scale != null) {
            multiplier = scale(scale);
            end = atom.end();
        }
        String rest = text.substring(end, to);
        String trimmed = rest.stripLeading();
        int skipped = rest.length() - trimmed.length();
        String kind = "bare";
        if (trimmed.startsWith("个")) {
            // "256 个字节", "8 个头": a measured count; any other "个" counts things no slot is sure of.
            String counted = trimmed.substring(1).stripLeading();
            Unit unit = unitAt(counted);
            if (unit == null || unit.kind().equals("ratio") || unit.kind().equals("percent")) {
                return null;
            }
            kind = unit.kind();
            multiplier *= unit.multiplier();
            end += skipped + trimmed.length() - counted.length() + unit.form().length();
        } else {
            Unit unit = unitAt(trimmed);
            if (unit != null) {
                kind = unit.kind();
                multiplier *= unit.multiplier();
                end += skipped + unit.form().length();
            }
        }
        if (scale != null && kind.equals("bare") && (scale.equals("b") || scale.equals("m"))) {
            // "13B" on its own is a parameter count; "4k" stays a bare length.
            kind = "params";
        }
        if (atom.group(1) != null) {
            kind = "percent";
        }
        String after = text.substring(end, to);
        if (insideName(after, end > numberEnd)) {
            return null;
        }
        boolean settled = !kind.equals("bare");
        if (kind.equals("bare")) {
            // A bare number is a value right after a setting verb ("rank 设到 1024"), or one end of a range.
            if (chinese) {
                return null;
            }
            settled = SETTING.matcher(ContradictionCheck.before(text, start, 8)).find();
            boolean ranged = RANGE_NEXT.matcher(after).find()
                    || RANGE_PREVIOUS.matcher(before).find();
            if (!settled && !ranged && !loose
                    || !after.isEmpty() && "个种张次组块条项类份件年月日号点分句".indexOf(after.charAt(0)) >= 0) {
                return null;
            }
        }
        if (chinese && (value == 1 || kind.equals("dims") && value < 10 || kind.equals("bits") && value < 10)) {
            // "一层 MLP", "二维向量", "八位": an article or a type, not a measured slot.
            return null;
        }
        if (kind.equals("params")
                && namesModel(text, start, numberEnd + (scale == null ? 0 : atom.end() - numberEnd), to)) {
            return null;
        }
        if (kind.equals("bytes") && NAMES_CARD.matcher(text.substring(end, to)).find()) {
            // "48GB 的卡", "80GB 的 A100": the size of a card, not what the slot needs.
            return null;
        }
        if (FORMULA.matcher(text.substring(clauseStart(text, start), start)).find()
                || FORMULA.matcher(clauseRest(text, end, to)).find()) {
            // "2 × 层数 × 头数 × …": a factor of a formula.
            return null;
        }
        return quantity(text, kind, value * multiplier, value * multiplier, multiplier, settled, start, end, to, false);
    }

    /** The last English name before a number: what a short clause such as "默认为 1.0" gives the value of. */
    private static String nearest(String before) {
        String last = "";
        Matcher name = ContradictionCheck.ENTITY.matcher(before);
        while (name.find()) {
            if (name.group().length() >= 2 && unitAt(name.group()) == null) {
                last = name.group();
            }
        }
        return last;
    }

    private static String lead(String text) {
        Matcher lead = LEAD.matcher(text);
        return lead.find() && lead.group(1).length() >= 2 && unitAt(lead.group(1)) == null ? lead.group(1) : "";
    }

    private static String clauseRest(String text, int end, int to) {
        Matcher stop = CLAUSE_END.matcher(text);
        stop.region(end, to);
        return text.substring(end, stop.find() ? stop.start() : to);
    }

    /** The number continues a name or formula: v100, gpt-3, llama 2, 10000^(...), d/2, 第 3 层, 上千. */
    private static boolean partOfName(String before, boolean chinese) {
        if (before.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (last == '-' || last == '–') {
            // "16-20" is a range; "llama-2" a name.
            return before.length() < 2 || Character.isLetter(before.charAt(before.length() - 2));
        }
        if ("abcdefghijklmnopqrstuvwxyz0123456789_.^/+*×(·第".indexOf(last) >= 0
                || chinese && "上几数成好每".indexOf(last) >= 0) {
            return true;
        }
        return NAME_BEFORE.matcher(before).find();
    }

    /** What follows the number keeps a name or formula going: 1f1b, 7b-instruct, 2^(...), 4x4, d/2 without a unit. */
    private static boolean insideName(String after, boolean measured) {
        if (after.isEmpty()) {
            return false;
        }
        char next = after.charAt(0);
        if ((next >= 'a' && next <= 'z') || Character.isDigit(next) || next == '_') {
            return true;
        }
        if (next == '-' && after.length() > 1 && Character.isLetter(after.charAt(1))) {
            return true;
        }
        return !measured && "^(/*".indexOf(next) >= 0;
    }

    /** "7B 模型", "7B 的 LLaMA" at the head of its clause: the model is the subject, its size no slot's value. */
    private static boolean namesModel(String text, int start, int end, int to) {
        if (SIZE_NAMES_MODEL.matcher(text.substring(end, to)).find()) {
            return true;
        }
        int clause = start;
        while (clause > 0
                && !CLAUSE_END.matcher(text.substring(clause - 1, clause)).matches()) {
            clause--;
        }
        return CLAUSE_OPENING.matcher(text.substring(clause, start)).matches();
    }

    private static @Nullable Unit unitAt(String text) {
        for (Unit unit : UNITS) {
            if (text.startsWith(unit.form())) {
                String after = text.substring(unit.form().length());
                boolean english = unit.form().chars().allMatch(c -> c < 128 && Character.isLetter(c));
                if (english && !after.isEmpty() && Character.isLetterOrDigit(after.charAt(0))) {
                    continue;
                }
                if (unit.form().equals("×") || unit.form().equals("x")) {
                    // "4 × 4", "d×d": multiplication, not a ratio.
                    String rest = after.stripLeading();
                    if (!rest.isEmpty() && (Character.isLetterOrDigit(rest.charAt(0)))) {
                        continue;
                    }
                }
                return unit;
            }
        }
        return null;
    }

    /** A quantity with its interval widened by bounds and marked approximate by 约/左右, and the words of its slot. */
    private Quantity quantity(
            String text,
            String kind,
            double low,
            double high,
            double multiplier,
            boolean settled,
            int start,
            int end,
            int to,
            boolean approximate) {
        String before = text.substring(0, start);
        String after = text.substring(end, to);
        // A bound anywhere before the number in its clause: "不到全量的 1%".
        String clauseBefore = before.substring(clauseStart(text, start));
        boolean approx = approximate
                || APPROXIMATE_BEFORE.matcher(before).find()
                || APPROXIMATE_AFTER.matcher(after).find();
        double lo = low;
        double hi = high;
        if (AT_LEAST_BEFORE.matcher(clauseBefore).find()
                || AT_LEAST_AFTER.matcher(after).find()) {
            hi = Double.POSITIVE_INFINITY;
        }
        if (AT_MOST_BEFORE.matcher(clauseBefore).find()
                || AT_MOST_AFTER.matcher(after).find()) {
            lo = 0;
        }
        int direction = 0;
        String lead = before.replaceAll("(的|了)\\s*$", "");
        if (!lead.matches("(?s).*(到|至|为|成)\\s*$")) {
            direction = UP.matcher(lead).find() ? 1 : DOWN.matcher(lead).find() ? -1 : 0;
        }
        String word = text.substring(start, end).strip();
        boolean per = PER_BEFORE.matcher(clauseBefore).find()
                || PER_AFTER.matcher(after).find();
        return new Quantity(
                per && !kind.endsWith(PER) ? kind + PER : kind,
                lo,
                hi,
                word,
                multiplier,
                settled,
                start,
                end,
                approx,
                direction,
                slot(text, start, end, to),
                clauseSlot(text, start, end, to),
                pair(text, start),
                COORDINATION.matcher(sentenceBefore(text, start)).find(),
                nearest(sentenceBefore(text, start)));
    }

    /** The last two things named before the number in its sentence: "int8 的显存是 fp16 的一半" relates int8 to fp16. */
    private static List<String> pair(String text, int start) {
        int sentence = start;
        while (sentence > 0
                && !SENTENCE_END.matcher(text.substring(sentence - 1, sentence)).matches()) {
            sentence--;
        }
        List<String> named = new ArrayList<>();
        Matcher name = ContradictionCheck.ENTITY.matcher(text.substring(sentence, start));
        while (name.find()) {
            String found = name.group();
            if (found.length() >= 2 && unitAt(found) == null) {
                named.remove(found);
                named.add(found);
            }
        }
        return named.size() < 2 ? List.of() : List.copyOf(named.subList(named.size() - 2, named.size()));
    }

    /** What the sentence says before {@code start}, up to the window. */
    private static String sentenceBefore(String text, int start) {
        int sentence = start;
        while (sentence > 0
                && !SENTENCE_END.matcher(text.substring(sentence - 1, sentence)).matches()) {
            sentence--;
        }
        return text.substring(Math.max(sentence, start - LEFT_WINDOW), start);
    }

    private static int clauseStart(String text, int at) {
        int clause = at;
        while (clause > 0
                && !CLAUSE_END.matcher(text.substring(clause - 1, clause)).matches()) {
            clause--;
        }
        return clause;
    }

    /** The words around a number: up to {@link #LEFT_WINDOW} characters before it in its sentence, a few after it. */
    private Set<String> slot(String text, int start, int end, int to) {
        int sentence = start;
        while (sentence > 0
                && !SENTENCE_END.matcher(text.substring(sentence - 1, sentence)).matches()) {
            sentence--;
        }
        return words(left(text, Math.max(sentence, start - LEFT_WINDOW), start) + " " + right(text, end, to));
    }

    private Set<String> clauseSlot(String text, int start, int end, int to) {
        int clause = start;
        while (clause > 0
                && !CLAUSE_END.matcher(text.substring(clause - 1, clause)).matches()) {
            clause--;
        }
        return words(left(text, Math.max(clause, start - LEFT_WINDOW), start) + " " + right(text, end, to));
    }

    /** The window before a number, an English word cut by it taken whole: "lora", not "ra". */
    private static String left(String text, int from, int start) {
        int cut = from;
        while (cut > 0 && Character.isLetterOrDigit(text.charAt(cut - 1)) && text.charAt(cut - 1) < 128) {
            cut--;
        }
        return text.substring(cut, start);
    }

    private static String right(String text, int end, int to) {
        String after = text.substring(end, to);
        Matcher stop = CLAUSE_END.matcher(after);
        after = stop.find() ? after.substring(0, stop.start()) : after;
        int cut = Math.min(after.length(), RIGHT_WINDOW);
        // An English word is taken whole: "common" and not "comm".
        while (cut < after.length() && Character.isLetterOrDigit(after.charAt(cut)) && after.charAt(cut) < 128) {
            cut++;
        }
        return after.substring(0, cut);
    }

    private Set<String> words(String text) {
        // "一般设到" should not leave the bigram "般设" behind.
        String window = NOT_SLOT.matcher(text).replaceAll(" ");
        Set<String> words = new HashSet<>();
        Matcher greek = GREEK.matcher(window);
        while (greek.find()) {
            // α, β, λ name hyperparameters as English names do.
            words.add(greek.group());
        }
        for (String word : ContradictionCheck.contentWords(window, Map.of())) {
            if (!NOT_SLOT_WORDS.contains(word) && word.chars().noneMatch(c -> NUMERAL_CHARS.indexOf(c) >= 0)) {
                words.add(SLOT_ALIASES.getOrDefault(word, word));
            }
        }
        for (Map.Entry<String, String> alias : SLOT_ALIASES.entrySet()) {
            if (!alias.getKey().chars().allMatch(c -> c < 128) && window.contains(alias.getKey())) {
                words.add(alias.getValue());
            }
        }
        for (String concept : glossary.conceptsIn(window)) {
            words.add(CONCEPT + concept);
        }
        Matcher size = SIZE.matcher(window);
        while (size.find()) {
            // "7b" on its own is a word of the slot; in "llama-7b" it is part of the name already counted.
            if (size.start() == 0 || "-_".indexOf(window.charAt(size.start() - 1)) < 0) {
                words.add(size.group(1) + size.group(2));
            }
        }
        return words;
    }

    /**
     * Names that fix what a clause speaks of: model sizes that name a model, English names with a digit (V100,
     * int4, GPT-3) and the entities the rubric contrasts.
     */
    private static Set<String> names(String text, Map<String, String> contrasted) {
        Set<String> names = new HashSet<>(ContradictionCheck.named(text, contrasted));
        Matcher name = DIGIT_NAME.matcher(text);
        while (name.find()) {
            if (name.group().chars().anyMatch(Character::isDigit)) {
                names.add(name.group());
            }
        }
        Matcher size = SIZE.matcher(text);
        while (size.find()) {
            if (namesModel(text, size.start(), size.end(), text.length())
                    || size.start() > 0
                            && "-_ ".indexOf(text.charAt(size.start() - 1)) >= 0
                            && size.start() > 1
                            && Character.isLetter(text.charAt(size.start() - 2))
                            && text.charAt(size.start() - 2) < 128) {
                names.add(size.group(1) + size.group(2));
            }
        }
        return names;
    }

    private static double wordValue(Matcher word) {
        String found = word.group();
        if (found.equals("一半") || found.equals("减半")) {
            return 0.5;
        }
        if (word.group(1) == null) {
            return 2;
        }
        double denominator = numeral(word.group(1));
        double numerator = numeral(word.group(2));
        return denominator > 0 && numerator > 0 ? numerator / denominator : -1;
    }

    private static double numeral(String text) {
        return Character.isDigit(text.charAt(0)) ? Double.parseDouble(text) : chineseValue(text);
    }

    private static double scale(String scale) {
        return switch (scale) {
            case "万亿", "t" -> 1e12;
            case "十亿", "b" -> 1e9;
            case "亿" -> 1e8;
            case "万" -> 1e4;
            case "m" -> 1e6;
            case "千", "k" -> 1e3;
            default -> 1;
        };
    }

    /** The value of a Chinese numeral ("十三", "两千", "十亿", "一百二十"), or -1 when it is no number. */
    static double chineseValue(String numeral) {
        double total = 0;
        double section = 0;
        double digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                if (digit >= 0) {
                    return -1;
                }
                digit = d;
                continue;
            }
            double unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 1e4;
                case '亿' -> 1e8;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit >= 1e4) {
                total = (total + section + Math.max(digit, 0)) * unit;
                if (total == 0) {
                    total = unit;
                }
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        double value = total + section + Math.max(digit, 0);
        return value > 0 ? value : -1;
    }

    /** A clause of the answer: raw offsets, and its sentence normalized with the clause's place in it. */
    private record Clause(int start, int end, String sentence, int from, int to) {}

    private static List<Clause> clauses(String answer) {
        List<Clause> clauses = new ArrayList<>();
        int sentenceStart = 0;
        Matcher sentenceEnd = SENTENCE_END.matcher(answer);
        while (sentenceStart < answer.length()) {
            int sentenceStop = sentenceEnd.find(sentenceStart) ? sentenceEnd.end() : answer.length();
            String raw = answer.substring(sentenceStart, sentenceStop);
            String sentence = TermExtractor.normalize(raw);
            // NFKC may change a length (rare ligatures): then the whole sentence is one clause.
            boolean aligned = sentence.length() == raw.length();
            int start = 0;
            Matcher clauseEnd = CLAUSE_END.matcher(raw);
            while (start < raw.length()) {
                int stop = aligned && clauseEnd.find(start) ? clauseEnd.end() : raw.length();
                if (!raw.substring(start, stop).isBlank()) {
                    clauses.add(new Clause(
                            sentenceStart + start,
                            sentenceStart + stop,
                            sentence,
                            aligned ? start : 0,
                            aligned ? stop : sentence.length()));
                }
                start = stop;
            }
            sentenceStart = sentenceStop;
        }
        return clauses;
    }
}
