package dev.mockinterview.grading.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Key points made from a reference that comes without them: its sentences and list items, merged to a few. */
final class ReferencePoints {

    private static final Pattern SENTENCE = Pattern.compile("[。！？!?；;\\n]+|\\.(?=\\s)");
    private static final Pattern MARKER =
            Pattern.compile("^\\s*(?:[-*•·>#]+|\\d{1,2}[.)、）]|[（(]\\d{1,2}[)）]|[①-⑳])\\s*");
    private static final int MIN_CHARS = 6;

    private ReferencePoints() {}

    static List<String> split(String reference, int maxPoints) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE.split(reference)) {
            String point = MARKER.matcher(sentence).replaceFirst("").strip();
            if (point.codePointCount(0, point.length()) >= MIN_CHARS) {
                sentences.add(point);
            } else if (!point.isEmpty() && !sentences.isEmpty()) {
                int last = sentences.size() - 1;
                sentences.set(last, sentences.get(last) + "；" + point);
            }
        }
        while (sentences.size() > maxPoints) {
            int shortest = shortestNeighbourPair(sentences);
            sentences.set(shortest, sentences.get(shortest) + "；" + sentences.remove(shortest + 1));
        }
        if (sentences.isEmpty() && !reference.isBlank()) {
            sentences.add(reference.strip());
        }
        return sentences;
    }

    private static int shortestNeighbourPair(List<String> sentences) {
        int best = 0;
        int bestLength = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < sentences.size(); i++) {
            int length = sentences.get(i).length() + sentences.get(i + 1).length();
            if (length < bestLength) {
                bestLength = length;
                best = i;
            }
        }
        return best;
    }
}
