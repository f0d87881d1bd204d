package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The quantities a key point claims: not its examples or conditions ("如 2048", "8 个头时").
 *
 * @param text the point, normalized (the quantities' offsets are into it)
 * @param claimed the quantities it claims, in order
 * @param typical it gives typical values (通常, 一般), not the only right one
 */
record PointQuantities(String text, List<Quantity> claimed, boolean typical) {

    /** The point gives typical values, not the only right one. */
    private static final Pattern TYPICAL = Pattern.compile("通常|一般|常用|常见|典型|往往|多为|常取|默认|常设");

    /** An example or condition of the point: "（如 2048）", "8 个头时". */
    private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(如|例如|比如|e\\.g\\.|像)\\s*$");

    private static final Pattern CONDITION = Pattern.compile("如果|若|假如|当|时为|时是|分别");

    PointQuantities {
        claimed = List.copyOf(claimed);
    }

    static PointQuantities read(String point, QuantityReader reader) {
        String text = TermExtractor.normalize(point);
        List<Quantity> claimed = reader.quantities(text, 0, text.length()).stream()
                .filter(q -> claimed(text, q))
                .toList();
        return new PointQuantities(text, claimed, TYPICAL.matcher(text).find());
    }

    /** The point's quantity is its claim, not an example or a condition ("如 2048", "8 个头时"). */
    private static boolean claimed(String point, Quantity quantity) {
        String clause = ClauseBounds.clauseAround(point, quantity.start(), quantity.end());
        return !EXAMPLE_BEFORE
                        .matcher(ContradictionCheck.before(point, quantity.start(), 4))
                        .find()
                && !CONDITION.matcher(clause).find()
                && !QuantityContext.CONDITION_AFTER
                        .matcher(point.substring(quantity.end()))
                        .find();
    }
}
