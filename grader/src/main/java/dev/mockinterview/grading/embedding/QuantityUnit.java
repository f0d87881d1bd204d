package dev.mockinterview.grading.embedding;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit written after a number, with the kind of quantity it measures and its multiplier to the kind's base unit.
 *
 * @param form the unit as written, normalized ("gb/s", "个头", "毫秒")
 * @param kind what it measures ("bandwidth", "bytes", "percent", "ratio", "params", …)
 * @param multiplier to the kind's base unit (1e9 for gb, 1e-3 for ms)
 */
record QuantityUnit(String form, String kind, double multiplier) {

    /** Units, longest first, each mapped to its kind and multiplier. */
    private static final List<QuantityUnit> UNITS = List.of(
            new QuantityUnit("tb/s", "bandwidth", 1e12),
            new QuantityUnit("gb/s", "bandwidth", 1e9),
            new QuantityUnit("mb/s", "bandwidth", 1e6),
            new QuantityUnit("pflops", "flops", 1e15),
            new QuantityUnit("tflops", "flops", 1e12),
            new QuantityUnit("gflops", "flops", 1e9),
            new QuantityUnit("tops", "flops", 1e12),
            new QuantityUnit("tb", "bytes", 1e12),
            new QuantityUnit("gb", "bytes", 1e9),
            new QuantityUnit("mb", "bytes", 1e6),
            new QuantityUnit("kb", "bytes", 1e3),
            new QuantityUnit("字节", "bytes", 1),
            new QuantityUnit("bytes", "bytes", 1),
            new QuantityUnit("byte", "bytes", 1),
            new QuantityUnit("%", "percent", 1),
            new QuantityUnit("倍", "ratio", 1),
            new QuantityUnit("×", "ratio", 1),
            new QuantityUnit("x", "ratio", 1),
            new QuantityUnit("bits", "bits", 1),
            new QuantityUnit("bit", "bits", 1),
            new QuantityUnit("-bit", "bits", 1),
            new QuantityUnit("比特", "bits", 1),
            new QuantityUnit("位", "bits", 1),
            new QuantityUnit("层", "layers", 1),
            new QuantityUnit("layers", "layers", 1),
            new QuantityUnit("维", "dims", 1),
            new QuantityUnit("tokens", "tokens", 1),
            new QuantityUnit("token", "tokens", 1),
            new QuantityUnit("词元", "tokens", 1),
            new QuantityUnit("参数量", "params", 1),
            new QuantityUnit("参数", "params", 1),
            new QuantityUnit("parameters", "params", 1),
            new QuantityUnit("params", "params", 1),
            new QuantityUnit("个头", "heads", 1),
            new QuantityUnit("头", "heads", 1),
            new QuantityUnit("heads", "heads", 1),
            new QuantityUnit("步", "steps", 1),
            new QuantityUnit("steps", "steps", 1),
            new QuantityUnit("epochs", "epochs", 1),
            new QuantityUnit("epoch", "epochs", 1),
            new QuantityUnit("轮", "epochs", 1),
            new QuantityUnit("张卡", "gpus", 1),
            new QuantityUnit("块卡", "gpus", 1),
            new QuantityUnit("卡", "gpus", 1),
            new QuantityUnit("毫秒", "seconds", 1e-3),
            new QuantityUnit("ms", "seconds", 1e-3),
            new QuantityUnit("秒", "seconds", 1),
            new QuantityUnit("分钟", "seconds", 60),
            new QuantityUnit("小时", "seconds", 3600));

    /** The unit {@code text} opens with, or null. */
    static @Nullable QuantityUnit at(String text) {
        for (QuantityUnit unit : UNITS) {
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
}
