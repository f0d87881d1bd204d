package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.ScoreFormula;
import dev.mockinterview.grading.feedback.FeedbackWriter;
import dev.mockinterview.grading.feedback.PointVerdict;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The LLM's checked verdicts, before they become a {@link GradeResult}: kept apart so that the hybrid grader can add
 * flags and notes and still get a score and feedback written the one shared way.
 *
 * @param verdicts per key point, with the model's reason
 * @param flags what the model noticed (off topic, injection) and what we did (untrusted reference)
 * @param notes sentences about the grading itself (evidence marked down, wrong claims), in Chinese
 */
public record LlmGrade(List<PointVerdict> verdicts, Set<GradeFlag> flags, List<String> notes, String reference) {

    private static final FeedbackWriter FEEDBACK = new FeedbackWriter();

    public LlmGrade {
        verdicts = List.copyOf(verdicts);
        flags = Set.copyOf(flags);
        notes = List.copyOf(notes);
    }

    public List<KeyPointResult> keyPoints() {
        return verdicts.stream().map(PointVerdict::result).toList();
    }

    /** The grade with these extra flags and notes, scored by {@link ScoreFormula}. */
    public GradeResult toResult(GraderKind kind, Collection<GradeFlag> extraFlags, List<String> extraNotes) {
        Set<GradeFlag> all = EnumSet.noneOf(GradeFlag.class);
        all.addAll(flags);
        all.addAll(extraFlags);
        double score = ScoreFormula.score(
                keyPoints().stream().map(KeyPointResult::status).toList(), all);
        StringBuilder feedback = new StringBuilder(FEEDBACK.write(score, verdicts, all));
        notes.forEach(note -> feedback.append('\n').append(note));
        extraNotes.forEach(note -> feedback.append('\n').append(note));
        return new GradeResult(score, kind, false, keyPoints(), feedback.toString(), List.copyOf(all), reference);
    }

    public GradeResult toResult() {
        return toResult(GraderKind.LLM, Set.of(), List.of());
    }
}
