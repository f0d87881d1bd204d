package dev.mockinterview.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.Quality;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.review.ReviewFlag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class QualityAssessorTest {

    private static final String GOOD_ANSWER = "LoRA 冻结预训练权重 W，只训练低秩矩阵 B 和 A，权重增量为 BA；B 初始化为零，训练开始时模型不变。"
            + "推理前可以把 BA 按 α/r 缩放后合并回 W，不增加推理延迟，可训练参数只占很小一部分。";

    private final QualityAssessor assessor = new QualityAssessor();

    @Test
    void trustsASubstantialUnflaggedAnswer() {
        assertThat(assess("什么是 LoRA？", GOOD_ANSWER, List.of(), null).status()).isEqualTo(QualityStatus.TRUSTED);
    }

    @Test
    void marksAReferenceFlaggedWrongAsWrongAndKeepsTheNote() {
        Quality quality = assess("什么是 PEFT？", GOOD_ANSWER, List.of(new ReviewFlag("wrong", "PEFT misexpanded")), null);
        assertThat(quality.status()).isEqualTo(QualityStatus.WRONG);
        assertThat(quality.flags()).containsExactly("wrong");
        assertThat(quality.notes()).contains("PEFT misexpanded");
    }

    @Test
    void marksThinAnswersShallowEvenWithoutAReviewer() {
        Quality quality = assess("LangChain 如何修改提示模板?", "可以使用 PromptTemplate 类来修改提示模板。", List.of(), null);
        assertThat(quality.status()).isEqualTo(QualityStatus.SHALLOW);
        assertThat(quality.flags()).contains("shallow");
    }

    @Test
    void treatsMissingUrlOnlyAndPlaceholderAnswersAsUnanswered() {
        assertThat(assess("什么是 RAG？", "", List.of(), null).status()).isEqualTo(QualityStatus.UNANSWERED);
        Quality urlOnly = assess("什么是 RAG？", "https://example.com/rag", List.of(), null);
        assertThat(urlOnly.status()).isEqualTo(QualityStatus.UNANSWERED);
        assertThat(urlOnly.flags()).contains("url_only");
        assertThat(assess("什么是 RAG？", "待补充", List.of(), null).status()).isEqualTo(QualityStatus.UNANSWERED);
    }

    @Test
    void recognisesExperienceQuestionsByFlagNoteOrWording() {
        assertThat(assess("你在整个项目搭建中做了哪些事", GOOD_ANSWER, List.of(), null).status())
                .isEqualTo(QualityStatus.EXPERIENCE);
        assertThat(assess("Agent 用的是哪个框架", GOOD_ANSWER, List.of(new ReviewFlag("experience", "")), null)
                        .status())
                .isEqualTo(QualityStatus.EXPERIENCE);
        assertThat(new QualityAssessor()
                        .assess(new QualityAssessor.Evidence("项目介绍", GOOD_ANSWER, List.of(), true, "回答样板仅供参考"))
                        .status())
                .isEqualTo(QualityStatus.EXPERIENCE);
    }

    @Test
    void recordsTheGradingNote() {
        assertThat(assess("vLLM 的推理加速是怎么实现的", GOOD_ANSWER, List.of(), "简要回答即可").notes())
                .contains("简要回答即可");
    }

    private Quality assess(String question, String answer, List<ReviewFlag> flags, @Nullable String note) {
        return assessor.assess(new QualityAssessor.Evidence(question, answer, flags, false, note));
    }
}
