package dev.mockinterview.api.session.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which text an answer is graded on: a follow-up together with the answer it supplements. */
class GradedTextTest {

    private final UUID session = UUID.randomUUID();
    private final GradedText text = new GradedText(20);

    @Test
    void aFollowUpIsGradedWithTheAnswerBeforeItThatIsNoFollowUp() {
        Answer first = answer("q-1", 1, AnswerKind.ANSWER, "冻结原权重");
        Answer followUp = answer("q-1", 2, AnswerKind.FOLLOW_UP, "只训练低秩矩阵");
        Answer otherQuestion = answer("q-2", 1, AnswerKind.ANSWER, "别的题");

        assertThat(text.of(followUp, List.of(otherQuestion, first, followUp))).isEqualTo("冻结原权重\n只训练低秩矩阵");
    }

    @Test
    void aFollowUpAfterARetrySupplementsTheRetry() {
        Answer first = answer("q-1", 1, AnswerKind.ANSWER, "第一次");
        Answer retry = answer("q-1", 2, AnswerKind.RETRY, "重答");
        Answer followUp = answer("q-1", 3, AnswerKind.FOLLOW_UP, "补充");

        assertThat(text.of(followUp, List.of(first, retry, followUp))).isEqualTo("重答\n补充");
    }

    @Test
    void firstAnswersAndRetriesStandAlone() {
        Answer first = answer("q-1", 1, AnswerKind.ANSWER, "第一次");
        Answer retry = answer("q-1", 2, AnswerKind.RETRY, "重答");

        assertThat(text.of(first, List.of(first, retry))).isEqualTo("第一次");
        assertThat(text.of(retry, List.of(first, retry))).isEqualTo("重答");
    }

    @Test
    void overTheLimitTheSupplementStaysWholeAndTheFirstAnswerIsCutAtItsEnd() {
        Answer first = answer("q-1", 1, AnswerKind.ANSWER, "一二三四五六七八九十一二三四五");
        Answer followUp = answer("q-1", 2, AnswerKind.FOLLOW_UP, "补充说明内容九个字");

        String graded = text.of(followUp, List.of(first));

        assertThat(graded).isEqualTo("一二三四五六七八九十\n补充说明内容九个字");
        assertThat(graded.codePointCount(0, graded.length())).isEqualTo(20);
    }

    private Answer answer(String questionId, int attempt, AnswerKind kind, String body) {
        return new Answer(UUID.randomUUID(), session, questionId, attempt, kind, body, false, Instant.now());
    }
}
