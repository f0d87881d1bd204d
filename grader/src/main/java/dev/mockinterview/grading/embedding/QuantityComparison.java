package dev.mockinterview.grading.embedding;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a quantity of the answer contradicts one of a key point. They are in one slot when they are of one kind,
 * are both plain values or both changes in one direction, and share at least two neighbouring words; they contradict
 * only when their intervals lie apart by a factor of 1.5, of 1.8 when either is approximate or a change, of 4 when the
 * point gives typical values. Thread-safe and stateless after construction.
 */
final class QuantityComparison {

    private static final double TOLERANCE = 1.5;
    private static final double APPROXIMATE_TOLERANCE = 1.8;
    private static final double TYPICAL_TOLERANCE = 4.0;

    private static final Map<String, Set<String>> KIND_WORDS = Map.of(
            "params", Set.of("参数", "数量", "params", "parameters", "parameter", SlotWords.CONCEPT + "parameter"),
            "tokens", Set.of("token", "tokens", SlotWords.CONCEPT + "token"),
            "layers", Set.of("layers", "layer"),
            "dims", Set.of("dimension"),
            "heads", Set.of("头数", "heads", "head"),
            "bytes", Set.of("字节", "bytes", "byte"),
            "gpus", Set.of("gpu", "gpus", "显卡"),
            "epochs", Set.of("epoch", "epochs"),
            "steps", Set.of("steps", "step"),
            "percent", Set.of("比例", "占比"));

    /** Kinds that name what they count, so one shared name can place them. */
    private static final Set<String> COUNTED =
            Set.of("layers", "heads", "dims", "params", "tokens", "gpus", "epochs", "steps");

    private final SlotWords slotWords;

    QuantityComparison(SlotWords slotWords) {
        this.slotWords = slotWords;
    }

    /**
     * The answer's quantity gives the point's value, wherever it stands. A bound ("10B 以上") is given by a bound: a
     * single value inside it ("T5-XXL 有 11B") is another fact, not the point's threshold.
     */
    static boolean givesValue(Quantity said, Quantity answered) {
        return said.sameKind(answered)
                && said.contains(answered, TOLERANCE)
                && (!said.openEnded() || answered.openEnded());
    }

    /**
     * The answer's quantity stands in the point's slot with a clearly different value.
     *
     * @param typical the point gives typical values (通常, 一般), not the only right one
     */
    boolean contradicts(Quantity said, Quantity answered, boolean typical) {
        if (!said.sameKind(answered) || said.direction() != answered.direction() || !inOneSlot(said, answered)) {
            return false;
        }
        Quantity compared = related(said, answered);
        if (compared == null) {
            return false;
        }
        double tolerance = typical
                ? TYPICAL_TOLERANCE
                : said.approximate() || answered.approximate() || said.direction() != 0
                        ? APPROXIMATE_TOLERANCE
                        : TOLERANCE;
        // "梯度和 Adam 状态约 16–20 字节" is a sum: a smaller number may be one of its parts.
        boolean part = said.summed() && compared.high() < said.low();
        return !part && !said.contains(compared, tolerance);
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
            if (!word.startsWith(SlotWords.CONCEPT)) {
                slotWords.conceptsIn(word).forEach(c -> witnessed.add(SlotWords.CONCEPT + c));
            }
        }
        shared.removeAll(witnessed);
        // The kind's own nouns ("参数" beside "13B", "token" beside "4k") come with every number of the kind.
        shared.removeAll(KIND_WORDS.getOrDefault(said.kind().replace(Quantity.PER, ""), Set.of()));
        // A short statement of a counted thing ("GPT-3 有 96 层") has one word of slot: then it must be all of it.
        boolean sameShortSlot = COUNTED.contains(said.kind())
                && !said.slot().isEmpty()
                && said.slot().equals(answered.slot());
        // A clause qualifying its number further than the point ("Adam 的两个状态每个参数要 8 字节" against the whole
        // "约 16–20 字节/参数") speaks of a part or another thing: its own words may not outnumber the shared ones.
        Set<String> extra = new HashSet<>(answered.inClause());
        extra.removeAll(said.slot());
        extra.removeIf(word -> word.startsWith(SlotWords.CONCEPT));
        // The slot's words stand in the number's own clause, or that clause adds at most one word of its own
        // ("LoRA 的 rank 越大越好，一般设到 1024 以上").
        return (shared.size() >= 2 || sameShortSlot)
                && (shared.stream().anyMatch(answered.inClause()::contains)
                        || extra.size() <= 1
                                && (answered.nearest().isEmpty()
                                        || said.slot().contains(SlotWords.alias(answered.nearest()))))
                && extra.size() <= shared.size();
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
            return answered.inverted();
        }
        return null;
    }
}
