package dev.mockinterview.bank.importing.corpus;

import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.TextNormalizer;
import dev.mockinterview.bank.importing.corpus.ChecklistNotesAdapter.Kind;
import dev.mockinterview.bank.importing.corpus.ChecklistNotesAdapter.Line;
import dev.mockinterview.bank.importing.corpus.ChecklistNotesAdapter.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back answer lists that a PDF-to-Markdown conversion moved away from their questions. Such a list sits after a
 * group line, not under any question, next to a run of "hollow" questions (an intro and a conclusion but no list).
 * The list is split into one contiguous run per hollow question, in the order (forward or reversed, possibly
 * starting part-way round) that best matches the item titles to each question's own words: the conclusions repeat
 * the titles of their items.
 */
final class DisplacedBodies {

    private static final Pattern ITEM_TITLE = Pattern.compile("^\\s*(?:-\\s*)?\\d{1,3}\\.\\s*([^:：]{1,40})[:：]");
    private static final Pattern ITEM_TEXT = Pattern.compile("^\\s*(?:-\\s*)?\\d{1,3}\\.\\s*(.*)$");
    private static final int UNTITLED_PREFIX = 15;
    /** The lists were of similar length; a run far from the mean length costs this much per item of difference. */
    private static final double RUN_LENGTH_WEIGHT = 0.3;

    /** The displaced lines given to one question. */
    record Assignment(LineRange range) {}

    private record Item(int first, int last, String title, String text, boolean bulleted) {}

    Map<Integer, Assignment> recover(
            SourceDocument document, List<Line> lines, List<Question> questions, TextNormalizer normalizer) {
        Map<Integer, Assignment> assignments = new HashMap<>();
        Map<Integer, Question> byIndex = new HashMap<>();
        questions.forEach(question -> byIndex.put(question.index(), question));
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != Kind.GROUP) {
                i++;
                continue;
            }
            int groupIndex = i;
            int start = i + 1;
            int end = start;
            while (end < lines.size() && isRunLine(lines.get(end).kind())) {
                end++;
            }
            List<Item> items = items(lines, start, end);
            if (items.size() >= 2) {
                List<Question> hollow = end < lines.size() && lines.get(end).kind() == Kind.QUESTION
                        ? hollowAfter(lines, end, byIndex)
                        : hollowBefore(lines, groupIndex, byIndex);
                if (!hollow.isEmpty() && hollow.size() <= items.size()) {
                    assign(document, hollow, items, normalizer).forEach(assignments::put);
                }
            }
            i = Math.max(end, i + 1);
        }
        return assignments;
    }

    private static boolean isRunLine(Kind kind) {
        return kind == Kind.ITEM || kind == Kind.TEXT || kind == Kind.BLANK || kind == Kind.NOISE;
    }

    private static List<Item> items(List<Line> lines, int start, int end) {
        List<Item> items = new ArrayList<>();
        int itemStart = -1;
        int lastContent = -1;
        String title = "";
        String text = "";
        boolean bulleted = false;
        for (int i = start; i < end; i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.ITEM) {
                if (itemStart >= 0) {
                    items.add(new Item(itemStart, lastContent, title, text, bulleted));
                }
                itemStart = line.number();
                title = titleOf(line.text());
                text = line.text();
                bulleted = line.text().strip().startsWith("-");
            }
            if (line.kind() != Kind.BLANK && line.kind() != Kind.NOISE && itemStart >= 0) {
                lastContent = line.number();
            }
        }
        if (itemStart >= 0) {
            items.add(new Item(itemStart, lastContent, title, text, bulleted));
        }
        return items;
    }

    private static String titleOf(String text) {
        Matcher titled = ITEM_TITLE.matcher(text);
        if (titled.find()) {
            return titled.group(1);
        }
        Matcher plain = ITEM_TEXT.matcher(text);
        String rest = plain.matches() ? plain.group(1) : text;
        return rest.substring(0, Math.min(UNTITLED_PREFIX, rest.length()));
    }

    private static List<Question> hollowAfter(List<Line> lines, int from, Map<Integer, Question> byIndex) {
        List<Question> hollow = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Kind kind = lines.get(i).kind();
            if (kind == Kind.SECTION || kind == Kind.GROUP) {
                break;
            }
            Question question = byIndex.get(i);
            if (question != null) {
                if (!isHollow(lines, question)) {
                    break;
                }
                hollow.add(question);
            }
        }
        return hollow;
    }

    private static List<Question> hollowBefore(List<Line> lines, int groupIndex, Map<Integer, Question> byIndex) {
        List<Question> hollow = new ArrayList<>();
        int i = groupIndex - 1;
        while (i >= 0 && lines.get(i).kind() != Kind.SECTION) {
            Question question = byIndex.get(i);
            if (question != null) {
                if (!isHollow(lines, question)) {
                    break;
                }
                hollow.add(0, question);
            } else if (lines.get(i).kind() == Kind.ITEM) {
                // item lines of a question's own list; the question that owns them is not hollow
            }
            i--;
        }
        return hollow;
    }

    private static boolean isHollow(List<Line> lines, Question question) {
        if (question.own().isEmpty()) {
            return false;
        }
        LineRange own = question.own().get();
        for (Line line : lines) {
            if (line.number() >= own.first() && line.number() <= own.last() && line.kind() == Kind.ITEM) {
                return false;
            }
        }
        return true;
    }

    private Map<Integer, Assignment> assign(
            SourceDocument document, List<Question> hollow, List<Item> items, TextNormalizer normalizer) {
        int k = hollow.size();
        List<Set<String>> questionWords = new ArrayList<>();
        for (Question question : hollow) {
            StringBuilder words = new StringBuilder(question.text());
            question.own().ifPresent(own -> {
                for (int n = own.first(); n <= own.last(); n++) {
                    words.append(normalizer.clean(document.line(n)));
                }
            });
            questionWords.add(bigrams(TextNormalizer.comparisonKey(words.toString())));
        }
        double[][] score = new double[k][items.size()];
        for (int q = 0; q < k; q++) {
            for (int t = 0; t < items.size(); t++) {
                score[q][t] = overlap(items.get(t).title(), questionWords.get(q));
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        int[] bestOrder = null;
        int[] bestCuts = null;
        for (int direction = 0; direction < 2; direction++) {
            for (int rotation = 0; rotation < k; rotation++) {
                int[] order = new int[k];
                for (int j = 0; j < k; j++) {
                    int position = (j + rotation) % k;
                    order[j] = direction == 0 ? position : k - 1 - position;
                }
                int[] cuts = new int[k + 1];
                double total = partition(score, order, styleBreaks(items), cuts);
                if (total > best + 1e-9) {
                    best = total;
                    bestOrder = order;
                    bestCuts = cuts;
                }
            }
        }
        Map<Integer, Assignment> assignments = new HashMap<>();
        if (bestOrder == null) {
            return assignments;
        }
        Set<Integer> used = new HashSet<>();
        for (int j = 0; j < k; j++) {
            Question question = hollow.get(bestOrder[j]);
            if (used.add(question.line())) {
                Item first = items.get(bestCuts[j]);
                Item last = items.get(bestCuts[j + 1] - 1);
                assignments.put(question.line(), new Assignment(new LineRange(first.first(), last.last())));
            }
        }
        return assignments;
    }

    /**
     * Splits items 0..n-1 into k non-empty contiguous runs, run j going to question order[j], maximising the summed
     * title scores. Fills {@code cuts} with the run starts (cuts[k] = n) and returns the best total.
     */
    private static double partition(double[][] score, int[] order, boolean[] styleBreak, int[] cuts) {
        int n = styleBreak.length;
        int k = order.length;
        double[][] prefix = new double[k][n + 1];
        for (int j = 0; j < k; j++) {
            for (int t = 0; t < n; t++) {
                prefix[j][t + 1] = prefix[j][t] + score[order[j]][t];
            }
        }
        // nextBreak[s]: the first item after s that starts another list style; a run s..t-1 may not contain it
        int[] nextBreak = new int[n + 1];
        nextBreak[n] = n;
        for (int s = n - 1; s >= 0; s--) {
            nextBreak[s] = s + 1 < n && styleBreak[s + 1] ? s + 1 : nextBreak[Math.min(s + 1, n)];
        }
        double[][] best = new double[k + 1][n + 1];
        int[][] from = new int[k + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int j = 1; j <= k; j++) {
            for (int t = j; t <= n - (k - j); t++) {
                for (int s = j - 1; s < t; s++) {
                    if (best[j - 1][s] == Double.NEGATIVE_INFINITY || nextBreak[s] < t) {
                        continue;
                    }
                    double value = best[j - 1][s]
                            + prefix[j - 1][t]
                            - prefix[j - 1][s]
                            - RUN_LENGTH_WEIGHT * Math.abs((t - s) - (double) n / k);
                    if (value > best[j][t]) {
                        best[j][t] = value;
                        from[j][t] = s;
                    }
                }
            }
        }
        cuts[k] = n;
        int t = n;
        for (int j = k; j >= 1; j--) {
            cuts[j - 1] = from[j][t];
            t = from[j][t];
        }
        return best[k][n];
    }

    /** breaks[t] is true when item t is marked differently from item t-1 ({@code - 80.} after {@code 79.}). */
    private static boolean[] styleBreaks(List<Item> items) {
        boolean[] breaks = new boolean[items.size()];
        for (int t = 1; t < items.size(); t++) {
            breaks[t] = items.get(t).bulleted() != items.get(t - 1).bulleted();
        }
        return breaks;
    }

    /** The share of the text's character bigrams that the question's own words contain. */
    private static double overlap(String text, Set<String> questionWords) {
        Set<String> grams = bigrams(TextNormalizer.comparisonKey(text));
        long shared = grams.stream().filter(questionWords::contains).count();
        return grams.isEmpty() ? 0 : (double) shared / grams.size();
    }

    private static Set<String> bigrams(String key) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < key.length(); i++) {
            grams.add(key.substring(i, i + 2));
        }
        return grams;
    }
}
