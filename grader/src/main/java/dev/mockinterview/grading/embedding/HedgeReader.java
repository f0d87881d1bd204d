package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hedges of a key point: for each clause that hedges ("int8 不一定比 fp16 快", "RAG 不能完全消除幻觉", "是否必要取决于场景"),
 * what it hedges, of which subject, compared with what. Thread-safe and stateless.
 */
final class HedgeReader {

    private static final Pattern NECESSITY =
            Pattern.compile("^\\s*(?:要|得)|需要|必要|必须|\\b(?:need|needs|necessary|required)\\b");

    /** A dependence of whether something holds ("是否必要取决于…"), not of how much ("速度取决于…"). */
    private static final Pattern WHETHER =
            Pattern.compile("是否|能否|可否|要不要|需不需要|该不该|值不值得|有没有|是不是|会不会|好坏|快慢|优劣|\\bwhether\\b");

    private static final Pattern DEGREE = Pattern.compile("(?:越|更(?![新换改正替])|较)([\\u4e00-\\u9fff])");

    /** Characters that make no content word, beyond the shared function characters: relations and degrees. */
    private static final ContentWords CONTENT =
            new ContentWords(ContradictionCheck.FUNCTION_CHARS + "比越得地着过于从向到让使给用以否即便些种能够");

    private static final Set<String> ENGLISH_STOP = Set.of(
            "the", "and", "for", "with", "than", "that", "this", "are", "can", "will", "its", "more", "better", "much");

    /** The point's hedges, clause by clause, each kind of a clause in the order of {@link HedgeKind}. */
    List<Hedge> hedges(String point) {
        List<Hedge> hedges = new ArrayList<>();
        String normalizedPoint = TermExtractor.normalize(point);
        Set<String> words = new LinkedHashSet<>();
        for (String clause : point.split("[，,：:。；;！!？?\\n]")) {
            String text = TermExtractor.normalize(clause);
            words.addAll(keys(blank(text), false));
        }
        Set<String> names = HedgeWords.english(normalizedPoint);
        List<String> previous = new ArrayList<>();
        for (String clause : point.split("(?<=[，,：:。；;！!？?\\n])")) {
            String text = TermExtractor.normalize(clause);
            for (HedgeKind kind : HedgeKind.values()) {
                Matcher hedge = kind.marker().matcher(text);
                if (!hedge.find()) {
                    continue;
                }
                String before = text.substring(0, hedge.start());
                String after = text.substring(hedge.end());
                String subject = before;
                Set<String> predicate;
                if (kind == HedgeKind.DEPENDS) {
                    // What depends is the word right before the hedge: "推理速度取决于硬件" hedges 速度, not 推理.
                    predicate = last(predicate(blank(before)));
                    if (predicate.isEmpty() && !previous.isEmpty()) {
                        subject = previous.get(previous.size() - 1);
                        if (HedgeKind.ANY.matcher(subject).find()) {
                            // "int8 不一定更快，要看 kernel": the clause before has hedged its thing already.
                            continue;
                        }
                        predicate = last(predicate(blank(subject)));
                    }
                } else {
                    Matcher comparison = HedgeWords.THAN.matcher(after);
                    // "比全量微调差": what is hedged is the comparative at the end, not the thing compared with.
                    predicate = comparison.find() ? last(predicate(blank(after))) : predicate(blank(after));
                    if (predicate.isEmpty()) {
                        // "速度提升不一定": the hedged thing stands before the hedge.
                        predicate = last(predicate(blank(before)));
                    }
                }
                if (predicate.isEmpty()) {
                    continue;
                }
                Set<String> subjectWords = keys(blank(subject), false);
                subjectWords.removeAll(predicate);
                Set<String> compared = new TreeSet<>();
                Matcher than = HedgeWords.THAN.matcher(after);
                if (kind != HedgeKind.DEPENDS && than.find()) {
                    compared.addAll(keys(blank(after.substring(than.end())), false));
                    compared.removeAll(predicate);
                }
                Set<String> allWords = new LinkedHashSet<>(words);
                allWords.addAll(predicate);
                hedges.add(new Hedge(
                        kind,
                        PointQuote.of(point, clause),
                        predicate,
                        allWords,
                        names,
                        new Hedge.Subject(
                                subjectWords, degreeWords(blank(subject)), HedgeWords.english(subject), compared),
                        NECESSITY
                                .matcher(kind == HedgeKind.DEPENDS ? before : after)
                                .find(),
                        WHETHER.matcher(subject).find()));
            }
            previous.add(text);
        }
        return hedges;
    }

    private static Set<String> last(Set<String> words) {
        String last = null;
        for (String word : words) {
            last = word;
        }
        return last == null ? Set.of() : Set.of(last);
    }

    /** The content characters right after a degree word: "越多", "更大". */
    private static Set<String> degreeWords(String text) {
        Set<String> degrees = new LinkedHashSet<>();
        Matcher degree = DEGREE.matcher(text);
        while (degree.find()) {
            degrees.add(degree.group(1));
        }
        return degrees;
    }

    /** The text with its hedge words blanked, so "取决" or "不一" never count as the point's words. */
    private static String blank(String text) {
        return HedgeKind.ANY.matcher(text).replaceAll(" ");
    }

    /** The Chinese words of the hedged thing; English ones only when it has no Chinese word. */
    private static Set<String> predicate(String text) {
        Set<String> chinese = keys(text, true);
        chinese.removeIf(word -> !TermExtractor.isCjk(word.charAt(0)));
        if (!chinese.isEmpty()) {
            return chinese;
        }
        Set<String> english = new LinkedHashSet<>();
        Matcher word = ContradictionCheck.ENTITY.matcher(text);
        while (word.find()) {
            if (word.group().length() >= 3 && !ENGLISH_STOP.contains(word.group())) {
                english.add(HedgeWords.stem(word.group()));
            }
        }
        return english;
    }

    /** Content bigrams and English names; with {@code lone}, also content characters standing alone. */
    private static Set<String> keys(String text, boolean lone) {
        Set<String> keys = new LinkedHashSet<>(HedgeWords.english(text));
        CONTENT.addTo(keys, text, lone);
        return keys;
    }
}
