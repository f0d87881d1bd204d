package dev.mockinterview.bank.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cleaned answer text out of the line ranges an adapter found: noise lines and code fences are dropped
 * (the fence is remembered as {@code hasCode}), and lines a PDF export wrapped in mid-sentence are joined again.
 */
public final class AnswerText {

    private static final Pattern FENCE = Pattern.compile("^\\s*```.*$");
    private static final Pattern STARTS_ITEM =
            Pattern.compile("^\\s*([-•*]\\s|\\d+[.、)]|[（(]?\\d+[）)]|[一二三四五六七八九十]+、|[a-z][.)]\\s).*");
    private static final Pattern INTRO_THEN_CONCLUSION =
            Pattern.compile("^(.*?以下[^：:。]{0,40}[：:])\\s*((?:综上所述|总之|总的来说|总而言之|需要注意的是|通过|这些|以上|重复以上).*)$");
    private static final Pattern SUB_HEADING = Pattern.compile("^\\d+(\\.\\d+)+\\s.*");
    private static final String SENTENCE_END = "。！？!?；;：:）)」”\"…";
    /** Wrapped PDF lines are long; a short line without a full stop is a label, not half a sentence. */
    private static final int WRAPPED_LINE_MIN_LENGTH = 25;

    private final TextNormalizer normalizer;
    private final NoiseCutter noise;

    public AnswerText(TextNormalizer normalizer, NoiseCutter noise) {
        this.normalizer = normalizer;
        this.noise = noise;
    }

    /** The answer read from the ranges, plus whether a code fence was removed. */
    public record Text(String text, boolean hasCode) {}

    public Text read(SourceDocument document, List<LineRange> ranges) {
        List<String> kept = new ArrayList<>();
        boolean hasCode = false;
        boolean inFence = false;
        for (LineRange range : ranges) {
            for (int n = range.first(); n <= range.last() && n <= document.lineCount(); n++) {
                String raw = document.line(n);
                if (FENCE.matcher(raw).matches()) {
                    inFence = !inFence;
                    hasCode = true;
                    continue;
                }
                if (inFence || noise.isNoiseLine(raw)) {
                    continue;
                }
                String clean = normalizer.clean(raw).strip();
                if (!clean.isEmpty()) {
                    kept.addAll(splitIntroFromConclusion(clean));
                }
            }
            inFence = false;
        }
        return new Text(String.join("\n", joinWrappedLines(kept)), hasCode);
    }

    /** Cleans lines given as text (for cells that share a line with other fields). */
    public String cleanLines(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String clean = normalizer.clean(line).strip();
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return String.join("\n", joinWrappedLines(kept));
    }

    /**
     * A conversion glued a list's intro to the conclusion that followed the list ({@code 以下是…：综上所述，…}); the
     * two halves are separate sentences again, so neither is mistaken for one long point.
     */
    static List<String> splitIntroFromConclusion(String line) {
        Matcher glued = INTRO_THEN_CONCLUSION.matcher(line);
        if (!glued.matches()) {
            return List.of(line);
        }
        return List.of(glued.group(1), glued.group(2));
    }

    static List<String> joinWrappedLines(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            if (!joined.isEmpty()) {
                String previous = joined.get(joined.size() - 1);
                char last = previous.charAt(previous.length() - 1);
                boolean wrapped = previous.length() >= WRAPPED_LINE_MIN_LENGTH
                        && !SUB_HEADING.matcher(previous).matches()
                        && SENTENCE_END.indexOf(last) < 0
                        && !STARTS_ITEM.matcher(line).matches();
                if (wrapped) {
                    boolean latinSeam = isLatin(last) && isLatin(line.charAt(0));
                    joined.set(joined.size() - 1, previous + (latinSeam ? " " : "") + line);
                    continue;
                }
            }
            joined.add(line);
        }
        return joined;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
