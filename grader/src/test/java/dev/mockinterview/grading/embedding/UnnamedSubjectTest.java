package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A point about a named thing earns full credit only when the answer ties it to that name. */
class UnnamedSubjectTest {

    private static final String QUESTION = "推理时常见的解码策略有哪些？";

    private static final List<String> POINTS =
            List.of("贪心解码每一步取概率最高的 token，输出确定但容易重复", "Beam search 同时保留多条得分最高的候选序列，适合翻译、摘要", "采样解码配合 temperature 控制随机性");

    private final EmbeddedGrader grader = SharedEmbeddedGrader.get();

    private GradeResult grade(String answer) {
        return grader.grade(
                new GradeRequest(QUESTION, String.join("；", POINTS), POINTS, answer, ReferenceQuality.TRUSTED));
    }

    private static PointStatus statusOf(GradeResult result, int point) {
        return result.keyPoints().stream()
                .filter(k -> k.text().equals(POINTS.get(point)))
                .map(KeyPointResult::status)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPointDescribedWithoutItsNameIsPartialAndTheFeedbackNamesWhatWasLeftOut() {
        GradeResult result = grade("还有一种做法是同时保留多条得分最高的候选序列，一步步往下扩展，最后选总分最高的，翻译和摘要里常用。");

        assertThat(statusOf(result, 1)).isEqualTo(PointStatus.PARTIAL);
        assertThat(result.feedback()).contains("没有点出「Beam search」");
    }

    @Test
    void theSamePointWithItsNameIsCovered() {
        GradeResult result = grade("还有 beam search，同时保留多条得分最高的候选序列，一步步往下扩展，最后选总分最高的，翻译和摘要里常用。");

        assertThat(statusOf(result, 1)).isEqualTo(PointStatus.COVERED);
        assertThat(result.feedback()).doesNotContain("没有点出");
    }

    @Test
    void aNameWrittenWithOtherSeparatorsIsTheSameName() {
        GradeResult result = grade("还有 Beam_Search，同时保留多条得分最高的候选序列，一步步往下扩展，最后选总分最高的，翻译和摘要里常用。");

        assertThat(statusOf(result, 1)).isEqualTo(PointStatus.COVERED);
    }
}
