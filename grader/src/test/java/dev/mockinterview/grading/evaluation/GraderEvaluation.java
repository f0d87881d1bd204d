package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.PointStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One grader's figures on both sets. */
record GraderEvaluation(
        String graderName,
        LabelledAgreement agreement,
        AttackResistance resistance,
        List<ScoredLabel> labelled,
        List<ScoredAttack> attacks) {

    GraderEvaluation {
        labelled = List.copyOf(labelled);
        attacks = List.copyOf(attacks);
    }

    private static final int WORST_MISSES_SHOWN = 12;

    static GraderEvaluation run(String graderName, AnswerGrader grader, EvaluationSets sets) {
        List<ScoredLabel> labelled = sets.labelled().stream()
                .map(answer -> new ScoredLabel(answer, grader.grade(answer.toRequest())))
                .toList();
        List<ScoredAttack> attacks = sets.attacks().stream()
                .map(attack -> new ScoredAttack(attack, grader.grade(attack.toRequest())))
                .toList();
        return new GraderEvaluation(
                graderName,
                LabelledAgreement.of(labelled, WORST_MISSES_SHOWN),
                AttackResistance.of(attacks),
                labelled,
                attacks);
    }

    /** Every score, one line each, tab-separated: for reading a grader's misses answer by answer. */
    String scoresTsv() {
        StringBuilder out = new StringBuilder("id\tlevel or kind\texpected\tscore\tflags\n");
        for (ScoredLabel s : labelled) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s\t%s\t[%s, %s]\t%.1f\t%s%n",
                    s.answer().id(),
                    s.answer().level().wireName(),
                    s.answer().range().low(),
                    s.answer().range().high(),
                    s.score(),
                    flags(s.result().flags())));
        }
        for (ScoredAttack s : attacks) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s\t%s\t<= %s %s\t%.1f\t%s%n",
                    s.attack().id(),
                    s.attack().kind().wireName(),
                    s.attack().contentMax(),
                    flags(s.attack().expectedFlags()),
                    s.score(),
                    flags(s.result().flags())));
        }
        return out.toString();
    }

    /** Every labelled answer with its verdict per point: for reading why an answer scored what it did. */
    String verdictsText() {
        StringBuilder out = new StringBuilder();
        labelled.forEach(s -> out.append(verdict(s.answer().id(), s.answer(), s.result())));
        return out.toString();
    }

    /** One answer under its label, with its score, flags and the verdict and evidence of every point. */
    static String verdict(String label, LabelledAnswer answer, GradeResult result) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "## %s %s score %.1f %s%n%s%n",
                label,
                answer.range(),
                result.score(),
                result.flags(),
                answer.answer()));
        result.keyPoints()
                .forEach(p -> out.append(
                        String.format(Locale.ROOT, "  - %s | %s | «%s»%n", p.status(), p.text(), p.evidence())));
        return out.toString();
    }

    /**
     * Every point of a strong, good or partial answer that was marked incorrect, with its evidence: a correct answer
     * punished for a contradiction it does not make. Empty when the checks hold.
     */
    List<String> falseContradictions() {
        List<String> found = new ArrayList<>();
        for (ScoredLabel s : labelled) {
            if (s.answer().level() == AnswerLevel.WRONG || s.answer().level() == AnswerLevel.OFFTOPIC) {
                continue;
            }
            s.result().keyPoints().stream()
                    .filter(p -> p.status() == PointStatus.INCORRECT)
                    .forEach(p -> found.add(
                            String.format(Locale.ROOT, "%s: %s «%s»", s.answer().id(), p.text(), p.evidence())));
        }
        return found;
    }

    private static String flags(List<GradeFlag> flags) {
        return flags.stream().map(GradeFlag::wireName).collect(Collectors.joining(","));
    }
}
