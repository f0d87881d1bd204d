package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain baseline any real grader must beat: the Dice coefficient of the bigram sets of answer and reference,
 * scaled to 0-10. A CJK character and an ASCII word each count as one token; punctuation and spaces break runs.
 * It knows nothing of meaning, key points or attacks, so it rewards shared vocabulary, right or wrong.
 */
final class BigramOverlapBaseline implements AnswerGrader {

    /**
     * A paraphrase in one's own words shares well under half of the reference's bigrams; a Dice of this much
     * already counts as full marks. Fixed once, not fitted to the development set.
     */
    static final double FULL_MARKS_DICE = 0.4;

    @Override
    public GradeResult grade(GradeRequest request) {
        Set<String> answer = bigrams(request.answer());
        Set<String> reference = bigrams(request.referenceAnswer());
        double dice = dice(answer, reference);
        double score = Math.round(Math.min(1, dice / FULL_MARKS_DICE) * 100) / 10.0;
        return new GradeResult(
                score,
                kind(),
                false,
                List.of(),
                String.format(Locale.ROOT, "bigram Dice %.3f", dice),
                List.of(),
                request.referenceAnswer());
    }

    /** Reported as embedding: like the embedded grader it is offline and needs no LLM. */
    @Override
    public GraderKind kind() {
        return GraderKind.EMBEDDING;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return 2.0 * shared.size() / (a.size() + b.size());
    }

    static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        for (List<String> run : tokenRuns(text)) {
            for (int i = 1; i < run.size(); i++) {
                bigrams.add(run.get(i - 1) + " " + run.get(i));
            }
        }
        return bigrams;
    }

    /** Runs of tokens not broken by punctuation: each CJK character and each lower-cased ASCII word a token. */
    static List<List<String>> tokenRuns(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
                return;
            }
            if (word.length() > 0) {
                run.add(word.toString());
                word.setLength(0);
            }
            if (Character.isIdeographic(cp)) {
                run.add(new String(Character.toChars(cp)));
            } else if (!Character.isWhitespace(cp) && !run.isEmpty()) {
                runs.add(List.copyOf(run));
                run.clear();
            }
        });
        if (word.length() > 0) {
            run.add(word.toString());
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }
}
