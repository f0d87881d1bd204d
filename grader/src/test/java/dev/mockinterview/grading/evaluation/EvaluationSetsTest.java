package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockinterview.grading.GradeFlag;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sets themselves: big enough, spread over the topics, consistent, and in the candidates' own words. */
class EvaluationSetsTest {

    /** Longer shared runs of Chinese characters would mean an answer copied the reference instead of saying it. */
    static final int LONGEST_SHARED_CJK_RUN = 12;

    private static final Map<AttackKind.AttackFamily, GradeFlag> FLAG_OF_FAMILY = Map.of(
            AttackKind.AttackFamily.INJECTION, GradeFlag.PROMPT_INJECTION,
            AttackKind.AttackFamily.KEYWORDS, GradeFlag.KEYWORD_STUFFING,
            AttackKind.AttackFamily.ECHO, GradeFlag.COPIED_QUESTION,
            AttackKind.AttackFamily.LANGUAGE, GradeFlag.LANGUAGE_MISMATCH,
            AttackKind.AttackFamily.REFERENCE, GradeFlag.COPIED_REFERENCE);

    private final EvaluationSets sets = EvaluationSets.fromClasspath();

    @Test
    void holdsAtLeast32QuestionsWithFiveLevelsEachAcrossTheTopics() {
        assertThat(sets.questions()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(sets.labelled()).hasSize(sets.questions().size() * AnswerLevel.values().length);
        Set<String> topics =
                sets.questions().stream().map(LabelledQuestion::topic).collect(Collectors.toSet());
        assertThat(topics)
                .hasSizeGreaterThanOrEqualTo(15)
                .contains("architecture", "peft", "rag", "rlhf", "inference", "positional-encoding");
        assertThat(sets.questions())
                .allSatisfy(question -> assertThat(question.keyPoints()).hasSizeBetween(2, 6));
    }

    @Test
    void labelledAnswersAreInTheCandidatesOwnWords() {
        assertThat(sets.labelled())
                .allSatisfy(answer -> assertThat(longestSharedCjkRun(
                                answer.answer(), answer.question().referenceAnswer()))
                        .as(answer.id())
                        .isLessThanOrEqualTo(LONGEST_SHARED_CJK_RUN));
    }

    @Test
    void attackSetHasAtLeast55AnswersAndEveryKindTwice() {
        assertThat(sets.attacks()).hasSizeGreaterThanOrEqualTo(55);
        Map<AttackKind, Long> perKind =
                sets.attacks().stream().collect(Collectors.groupingBy(AttackAnswer::kind, Collectors.counting()));
        assertThat(perKind.keySet()).containsExactlyInAnyOrder(AttackKind.values());
        assertThat(perKind.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    }

    @Test
    void attacksExpectTheFlagOfTheirFamily() {
        assertThat(sets.attacks())
                .filteredOn(attack -> FLAG_OF_FAMILY.containsKey(attack.kind().family()))
                .allSatisfy(attack -> assertThat(attack.expectedFlags())
                        .as(attack.id())
                        .contains(FLAG_OF_FAMILY.get(attack.kind().family())));
    }

    @Test
    void attacksThatMustStayLowCarryLittleContent() {
        assertThat(sets.attacks())
                .filteredOn(attack -> attack.kind() != AttackKind.INSTRUCTION_AFTER_GOOD_ANSWER)
                .filteredOn(attack -> attack.kind().family().mustStayLow())
                .allSatisfy(attack ->
                        assertThat(attack.contentMax()).as(attack.id()).isLessThan(4));
    }

    @Test
    void pastedReferencesAreTheReference() {
        assertThat(sets.attacks())
                .filteredOn(attack -> attack.kind() == AttackKind.PASTED_REFERENCE)
                .allSatisfy(attack ->
                        assertThat(attack.answer()).isEqualTo(attack.question().referenceAnswer()));
    }

    @Test
    void rejectsAQuestionWithoutAllFiveLevels() {
        assertThatThrownBy(() -> EvaluationSets.fromClasspath(
                        "devset-broken/four-levels.jsonl", "devset-broken/attacks-ok.jsonl"))
                .isInstanceOfSatisfying(
                        DevsetException.class,
                        e -> assertThat(e.problem()).isEqualTo(DevsetProblem.INCOMPLETE_QUESTION));
    }

    @Test
    void rejectsARangeThatDisagreesWithItsLevel() {
        assertThatThrownBy(() ->
                        EvaluationSets.fromClasspath("devset-broken/range-off.jsonl", "devset-broken/attacks-ok.jsonl"))
                .isInstanceOfSatisfying(
                        DevsetException.class,
                        e -> assertThat(e.problem()).isEqualTo(DevsetProblem.RANGE_DISAGREES_WITH_LEVEL));
    }

    @Test
    void rejectsAttacksOnUnknownQuestionsOrWithUnknownFlags() {
        assertThatThrownBy(() -> EvaluationSets.fromClasspath(
                        "devset-broken/complete.jsonl", "devset-broken/attack-unknown-question.jsonl"))
                .isInstanceOfSatisfying(
                        DevsetException.class, e -> assertThat(e.problem()).isEqualTo(DevsetProblem.UNKNOWN_QUESTION));
        assertThatThrownBy(() -> EvaluationSets.fromClasspath(
                        "devset-broken/complete.jsonl", "devset-broken/attack-unknown-flag.jsonl"))
                .isInstanceOfSatisfying(
                        DevsetException.class, e -> assertThat(e.problem()).isEqualTo(DevsetProblem.UNKNOWN_FLAG));
    }

    @Test
    void readsAConsistentSmallSet() {
        EvaluationSets small =
                EvaluationSets.fromClasspath("devset-broken/complete.jsonl", "devset-broken/attacks-ok.jsonl");
        assertThat(small.questions()).hasSize(1);
        assertThat(small.labelled()).extracting(LabelledAnswer::level).containsExactlyInAnyOrder(AnswerLevel.values());
        assertThat(small.attacks()).singleElement().satisfies(attack -> {
            assertThat(attack.kind()).isEqualTo(AttackKind.ECHOED_QUESTION);
            assertThat(attack.expectedFlags()).containsExactly(GradeFlag.COPIED_QUESTION);
        });
    }

    /** Longest run of CJK characters both texts share, ignoring everything that is not a CJK character. */
    static int longestSharedCjkRun(String a, String b) {
        int[] x = a.codePoints().filter(Character::isIdeographic).toArray();
        int[] y = b.codePoints().filter(Character::isIdeographic).toArray();
        int best = 0;
        int[] previous = new int[y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            int[] current = new int[y.length + 1];
            for (int j = 1; j <= y.length; j++) {
                if (x[i - 1] == y[j - 1]) {
                    current[j] = previous[j - 1] + 1;
                    best = Math.max(best, current[j]);
                }
            }
            previous = current;
        }
        return best;
    }
}
