package dev.mockinterview.grading.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a number say of it: bounds (至少, 不到, 以上), approximation (约, 左右), a change and its
 * direction (提升, 降低), per thing (每个参数), the words of its slot and the things it relates. Thread-safe and
 * stateless after construction.
 */
final class QuantityContext {

    /** A number that sets a condition: "temperature 设为 0 时", "rank 为 8 的情况下". */
    static final Pattern CONDITION_AFTER = Pattern.compile("^\\s*(的)?\\s*(时|时候|情况下|的话)");

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

    /** Things joined before a number: the number may be their sum. */
    private static final Pattern COORDINATION = Pattern.compile("和|与|及|、|加上|加|以及|\\+|\\band\\b|\\bplus\\b");

    private static final Pattern PER_BEFORE = Pattern.compile("每|单个|平均|\\bper\\b");

    private static final Pattern PER_AFTER = Pattern.compile("^\\s*(/|每|per\\b)");

    private final SlotWords slotWords;

    QuantityContext(SlotWords slotWords) {
        this.slotWords = slotWords;
    }

    /**
     * A quantity with its interval widened by bounds and marked approximate by 约/左右, and the words of its slot.
     *
     * @param to where the text read for quantities ends
     */
    Quantity quantity(
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
        String clauseBefore = before.substring(ClauseBounds.clauseStart(text, start));
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
                per && !kind.endsWith(Quantity.PER) ? kind + Quantity.PER : kind,
                lo,
                hi,
                word,
                multiplier,
                settled,
                start,
                end,
                approx,
                direction,
                slotWords.inSentence(text, start, end, to),
                slotWords.inClause(text, start, end, to),
                pair(text, start),
                COORDINATION.matcher(sentenceBefore(text, start)).find(),
                nearest(sentenceBefore(text, start)));
    }

    /** The last two things named before the number in its sentence: "int8 的显存是 fp16 的一半" relates int8 to fp16. */
    private static List<String> pair(String text, int start) {
        int sentence = ClauseBounds.sentenceStart(text, start);
        List<String> named = new ArrayList<>();
        Matcher name = ContradictionCheck.ENTITY.matcher(text.substring(sentence, start));
        while (name.find()) {
            String found = name.group();
            if (found.length() >= 2 && QuantityUnit.at(found) == null) {
                named.remove(found);
                named.add(found);
            }
        }
        return named.size() < 2 ? List.of() : List.copyOf(named.subList(named.size() - 2, named.size()));
    }

    /** What the sentence says before {@code start}, up to the slot's window. */
    private static String sentenceBefore(String text, int start) {
        int sentence = ClauseBounds.sentenceStart(text, start);
        return text.substring(Math.max(sentence, start - SlotWords.LEFT_WINDOW), start);
    }

    /** The last English name before a number: what a short clause such as "默认为 1.0" gives the value of. */
    private static String nearest(String before) {
        String last = "";
        Matcher name = ContradictionCheck.ENTITY.matcher(before);
        while (name.find()) {
            if (name.group().length() >= 2 && QuantityUnit.at(name.group()) == null) {
                last = name.group();
            }
        }
        return last;
    }
}
