package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.AnswerGrader;
import java.util.List;

/** One grader's figures on both sets. */
record GraderEvaluation(String graderName, LabelledAgreement agreement, AttackResistance resistance) {

    private static final int WORST_MISSES_SHOWN = 12;

    static GraderEvaluation run(String graderName, AnswerGrader grader, EvaluationSets sets) {
        List<ScoredLabel> labelled = sets.labelled().stream()
                .map(answer -> new ScoredLabel(answer, grader.grade(answer.toRequest())))
                .toList();
        List<ScoredAttack> attacks = sets.attacks().stream()
                .map(attack -> new ScoredAttack(attack, grader.grade(attack.toRequest())))
                .toList();
        return new GraderEvaluation(
                graderName, LabelledAgreement.of(labelled, WORST_MISSES_SHOWN), AttackResistance.of(attacks));
    }
}
