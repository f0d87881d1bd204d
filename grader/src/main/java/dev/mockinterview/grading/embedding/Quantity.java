package dev.mockinterview.grading.embedding;

import java.util.List;
import java.util.Set;

/**
 * A quantity as stated in a text: its kind, its interval, how it is stated, where (in its normalized text) and the
 * words of its slot.
 *
 * @param kind what it measures ("bytes", "percent", "ratio", …; "bare" for a number without a unit), with
 *     {@link #PER} appended when it is per thing
 * @param low the interval's lower end in the kind's base unit (0 under a bound such as 不到)
 * @param high its upper end (infinite above a bound such as 以上)
 * @param written the quantity as it stands in the normalized text
 * @param multiplier of its scale and unit
 * @param settled stated as a value (with a unit, after a setting verb); unsettled ones are only read loosely
 * @param start where it starts in the normalized text
 * @param end where it ends there
 * @param approximate stated with 约, 左右 and the like
 * @param direction 1 for an increase ("提升 50%"), -1 for a decrease, 0 for a plain value
 * @param slot the words around it within its sentence
 * @param inClause the words around it within its own clause
 * @param pair the last two things named before it in its sentence, or none
 * @param summed things are joined before it, so it may be their sum
 * @param nearest the last English name before it, or empty
 */
record Quantity(
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

    /** A quantity per thing ("每个参数 2 字节", "16 字节/参数") is of another kind than a total. */
    static final String PER = "/per";

    private static final double ZERO_LIKE = 0.1;

    /** A bound rather than a value: "10B 以上" (no upper end), "1B 以下" (from zero). */
    boolean openEnded() {
        return high == Double.POSITIVE_INFINITY || low == 0 && high > 0;
    }

    boolean sameKind(Quantity other) {
        return kind.equals(other.kind);
    }

    /** The other quantity's interval lies within this one's widened by the factor {@code tolerance}. */
    boolean contains(Quantity other, double tolerance) {
        if (high == 0 || other.high == 0) {
            // Zero has no ratio: "约为 0" holds anything below a tenth.
            return Math.min(low, other.low) < ZERO_LIKE && Math.max(low, other.low) < ZERO_LIKE;
        }
        return !(other.low > high * tolerance + 1e-12 || other.high * tolerance < low - 1e-12);
    }

    /** This ratio with its two things the other way round: "fp16 是 int8 的两倍" is "int8 是 fp16 的一半". */
    Quantity inverted() {
        return new Quantity(
                kind,
                high == Double.POSITIVE_INFINITY ? 0 : 1 / high,
                low == 0 ? Double.POSITIVE_INFINITY : 1 / low,
                written,
                multiplier,
                settled,
                start,
                end,
                approximate,
                direction,
                slot,
                inClause,
                pair,
                summed,
                nearest);
    }
}
