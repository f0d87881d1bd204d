package dev.mockinterview.grading.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quantities in a normalized text: a number (arabic, decimal, Chinese numerals, 一半, 翻倍, 四分之一, 1/4)
 * with its unit or kind, or a bare number right after a setting verb ("rank 设到 1024"); neighbours joined by a range
 * word are one interval. Numbers that are part of a name (GPT-3, LLaMA-2, W8A16, a model size that is the subject),
 * factors of a formula, ordinals and counts of things no slot is sure of are skipped. Thread-safe and stateless after
 * construction.
 */
final class QuantityReader {

    private static final String NUMBER = "\\d+(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?(?:e\\d+)?|[零一二两三四五六七八九十百千万亿]+";

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

    /**
     * A number, maybe with a scale or a byte or millisecond unit, then a hyphen: the first end of a range ("16-20",
     * "4k-8k", "13b-20b", "16gb-24gb") or a number in a name ("llama-2-7b").
     */
    private static final Pattern NUMBER_BEFORE_HYPHEN =
            Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?\\s*(?:万亿|十亿|亿|万|千|[kmgt]b|ms|[kmbt])?\\s*[-–]$");

    private static final Pattern RANGE_JOINER = Pattern.compile("^\\s*(~|-|–|—|到|至|或者|或|、|/)\\s*$");

    private static final Pattern NAMES_CARD =
            Pattern.compile("^\\s*(的|显存的|内存的)?\\s*(卡|显卡|gpu|a100|h100|v100|a800|h800|4090|3090|机器|服务器|设备)");

    private static final Pattern FORMULA = Pattern.compile("[×*]\\s*[\\p{IsHan}a-z0-9(]");

    private final QuantityContext context;

    QuantityReader(QuantityContext context) {
        this.context = context;
    }

    /** The quantities stated as values in {@code text} between {@code from} and {@code to}, with their slots. */
    List<Quantity> quantities(String text, int from, int to) {
        return quantities(text, from, to, false);
    }

    /**
     * The quantities with every bare number, asserted or not: "有人说要设到 1024，其实 8 或 16 就够了" says the point's
     * value.
     */
    List<Quantity> looseQuantities(String text, int from, int to) {
        return quantities(text, from, to, true);
    }

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
                atoms.add(context.quantity(text, "ratio", value, value, 1, true, word.start(), word.end(), to, false));
            }
        }
        Matcher slash = SLASH_FRACTION.matcher(text);
        slash.region(from, to).useTransparentBounds(true);
        while (slash.find()) {
            double denominator = Double.parseDouble(slash.group(2));
            if (denominator > 0 && atoms.stream().noneMatch(q -> q.start() < slash.end() && slash.start() < q.end())) {
                double value = Double.parseDouble(slash.group(1)) / denominator;
                atoms.add(
                        context.quantity(text, "ratio", value, value, 1, true, slash.start(), slash.end(), to, false));
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
                    // "8 到 16 层", "13 到 20B", "2 到 3 万": a bare first number takes the scale and unit of the
                    // second; one with a scale of its own ("4k 到 8k token") has it already.
                    boolean unscaled = last.kind().equals("bare") && last.multiplier() == 1;
                    double scaled = unscaled ? next.multiplier() : 1;
                    merged.set(
                            merged.size() - 1,
                            context.quantity(
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
        double value = chinese ? ChineseNumeral.value(number) : Double.parseDouble(number.replace(",", ""));
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
            QuantityUnit unit = QuantityUnit.at(counted);
            if (unit == null || unit.kind().equals("ratio") || unit.kind().equals("percent")) {
                return null;
            }
            kind = unit.kind();
            multiplier *= unit.multiplier();
            end += skipped + trimmed.length() - counted.length() + unit.form().length();
        } else {
            QuantityUnit unit = QuantityUnit.at(trimmed);
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
                && ModelSize.namesModel(text, start, numberEnd + (scale == null ? 0 : atom.end() - numberEnd), to)) {
            return null;
        }
        if (kind.equals("bytes") && NAMES_CARD.matcher(text.substring(end, to)).find()) {
            // "48GB 的卡", "80GB 的 A100": the size of a card, not what the slot needs.
            return null;
        }
        if (FORMULA.matcher(text.substring(ClauseBounds.clauseStart(text, start), start))
                        .find()
                || FORMULA.matcher(ClauseBounds.clauseRest(text, end, to)).find()) {
            // "2 × 层数 × 头数 × …": a factor of a formula.
            return null;
        }
        return context.quantity(
                text, kind, value * multiplier, value * multiplier, multiplier, settled, start, end, to, false);
    }

    /** The number continues a name or formula: v100, gpt-3, llama 2, 10000^(...), d/2, 第 3 层, 上千. */
    static boolean partOfName(String before, boolean chinese) {
        if (before.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (last == '-' || last == '–') {
            // "16-20" and "4k-8k" are ranges; "llama-2" is a name, and so is "llama-2-7b", its first number being one.
            Matcher first = NUMBER_BEFORE_HYPHEN.matcher(before);
            first.region(Math.max(0, before.length() - 24), before.length()).useTransparentBounds(true);
            if (first.find()) {
                return partOfName(before.substring(0, first.start()), false);
            }
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

    /** "一半", "翻倍", "四分之一" as a number, or -1. */
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
        return Character.isDigit(text.charAt(0)) ? Double.parseDouble(text) : ChineseNumeral.value(text);
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
}
