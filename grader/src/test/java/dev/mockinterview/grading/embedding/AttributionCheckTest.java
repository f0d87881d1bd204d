package dev.mockinterview.grading.embedding;

import static dev.mockinterview.grading.GradeResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A model or method credited to the wrong organisation, read by {@link AttributionCheck}. */
class AttributionCheckTest {

    private static final String MEGATRON = "Megatron-LM 是英伟达开源的分布式训练框架，主打张量并行";

    private static final String LLAMA = "LLaMA 系列是 Meta 发布的开源基座模型";

    private static final String GEMINI = "Gemini 是 Google DeepMind 推出的多模态模型";

    private final AttributionCheck check = new AttributionCheck();

    private Map<Integer, ContradictingClause> claims(String point, String answer) {
        return check.claims(List.of(point), answer);
    }

    private static String quote(String answer, ContradictingClause claim) {
        return answer.substring(claim.start(), claim.end());
    }

    @Test
    void aFrameworkCreditedToAnotherCompanyIsAClaim() {
        String answer = "Megatron-LM 是微软做的框架，核心思路是把矩阵乘法切到多张卡上。";

        Map<Integer, ContradictingClause> claims = claims(MEGATRON, answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("Megatron-LM 是微软做的框架");
        assertThat(claims.get(0).reason()).isEqualTo("参考答案说「Megatron-LM」出自「英伟达」，回答说成了「微软」");
    }

    @Test
    void anEnglishOrganisationNameIsAClaimToo() {
        assertThat(claims(LLAMA, "LLaMA 2 是 Google 开源的，参数量从 7B 到 70B。")).containsOnlyKeys(0);
    }

    @Test
    void anEnglishSentenceCreditingAnotherLabIsAClaim() {
        assertThat(claims(LLAMA, "LLaMA was released by OpenAI as an open foundation model."))
                .containsOnlyKeys(0);
    }

    @Test
    void anOrganisationBeforeTheNameIsAClaim() {
        assertThat(claims(GEMINI, "OpenAI 推出的 Gemini 可以同时处理图像和文本。")).containsOnlyKeys(0);
        assertThat(claims(GEMINI, "Gemini was introduced by OpenAI; Microsoft released Phi."))
                .containsOnlyKeys(0);
    }

    @Test
    void aClauseThatGoesOnWithItsSentencesNameIsAClaim() {
        String answer = "DeepSpeed 是一个分布式训练库，由 NVIDIA 开发，支持 ZeRO。";

        Map<Integer, ContradictingClause> claims = claims("DeepSpeed 是微软开源的训练优化库", answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("DeepSpeed", "由 NVIDIA 开发");
    }

    @Test
    void aChineseNameOfThePointIsFollowedToo() {
        assertThat(claims("文心一言是百度推出的对话大模型", "文心一言是阿里发布的聊天模型。")).containsOnlyKeys(0);
    }

    @Test
    void anotherVersionOfTheSameModelIsTheSameThing() {
        assertThat(claims(LLAMA, "Llama-3 出自微软。")).containsOnlyKeys(0);
    }

    @Test
    void theRightOrganisationByAnAliasIsNoClaim() {
        assertThat(claims(LLAMA, "LLaMA 是脸书开源的大模型。")).isEmpty();
        assertThat(claims(GEMINI, "Gemini 是谷歌发布的多模态大模型。")).isEmpty();
        assertThat(claims("ChatGLM 是智谱开源的双语对话模型", "ChatGLM 是清华 KEG 团队做的。")).isEmpty();
    }

    @Test
    void aListBindingEachNameToItsOwnOrganisationIsNoClaim() {
        assertThat(claims(LLAMA, "LLaMA 是 Meta 的，Gemma 是谷歌的，Phi 是微软的。")).isEmpty();
        assertThat(claims(LLAMA, "开源模型里，谷歌的 Gemma 和 Meta 的 LLaMA 都很常用。")).isEmpty();
    }

    @Test
    void aListNamingTheRightOrganisationElsewhereIsNoClaim() {
        assertThat(claims(LLAMA, "LLaMA 和 Gemma 分别是 Meta 和谷歌发布的。")).isEmpty();
    }

    @Test
    void aHedgedCreditIsNoClaim() {
        assertThat(claims(MEGATRON, "Megatron-LM 好像是微软提出的，记不太清了。")).isEmpty();
        assertThat(claims(MEGATRON, "我猜 Megatron-LM 是微软的。")).isEmpty();
    }

    @Test
    void aNegatedCreditIsNoClaim() {
        assertThat(claims(MEGATRON, "Megatron-LM 不是微软的，它主要做张量并行。")).isEmpty();
    }

    @Test
    void anOrganisationNamedForAnotherReasonIsNoClaim() {
        assertThat(claims(LLAMA, "我们在微软的 Azure 上部署过 LLaMA，推理用的是 vLLM。")).isEmpty();
        assertThat(claims(MEGATRON, "Megatron-LM 在微软的集群上也能跑，和 DeepSpeed 结合就是 Megatron-DeepSpeed。"))
                .isEmpty();
    }

    @Test
    void anOrganisationBoundToAnotherNameInTheSameSentenceIsNoClaim() {
        assertThat(claims(MEGATRON, "Megatron-LM 常和微软开源的 DeepSpeed 一起用。")).isEmpty();
    }

    @Test
    void aPointWithoutAnOrganisationHasNoClaim() {
        assertThat(claims("Megatron-LM 的核心是张量并行，把矩阵按行或列切分", "Megatron-LM 是微软提出的。"))
                .isEmpty();
    }

    @Test
    void aPointNamingAnOrganisationForAnotherReasonHasNoClaim() {
        assertThat(claims("DeepSpeed 与 Hugging Face 集成得很好", "DeepSpeed 是微软开源的。"))
                .isEmpty();
    }

    @Test
    void anOrganisationOfAnotherNameIsNoClaimAboutThePointsName() {
        assertThat(claims(LLAMA, "Mistral 7B 是 Mistral AI 发布的，LLaMA 也很流行。")).isEmpty();
    }

    @Test
    void anotherSubjectBetweenTheNameAndTheOrganisationIsNoClaim() {
        String point = "vLLM 是 UC Berkeley 开源的推理引擎";

        assertThat(claims(point, "vLLM 接口是 OpenAI 的，可以直接替换。")).isEmpty();
        assertThat(claims(point, "vLLM 的服务协议来自 OpenAI 的格式。")).isEmpty();
    }

    @Test
    void aRivalOfAnOrganisationsModelIsNoCredit() {
        assertThat(claims(GEMINI, "Gemini 是 OpenAI 的竞品模型，对标 GPT-4。")).isEmpty();
    }

    @Test
    void aLabelledAnswerCreditingAnotherCompanyIsAClaim() {
        assertThat(claims("DeepSpeed：微软开源的分布式训练库", "DeepSpeed：谷歌开源的分布式训练库，核心是 ZeRO。"))
                .containsOnlyKeys(0);
    }

    @Test
    void theRightOrganisationsHardwareDoesNotExcuseAWrongCredit() {
        assertThat(claims(MEGATRON, "Megatron-LM 是微软提出的，在英伟达的 GPU 上跑得很好。")).containsOnlyKeys(0);
    }

    @Test
    void aTeamOfTheOrganisationIsPartOfIt() {
        String point = "Megatron-LM 是 NVIDIA ADLR 团队提出的";

        assertThat(claims(point, "NVIDIA ADLR 团队提出的 Megatron-LM 很常用。")).isEmpty();
        assertThat(claims(point, "Megatron-LM 是微软 DeepSpeed 团队提出的。")).containsOnlyKeys(0);
    }

    @Test
    void aNameThatOnlyDescribesThePointsSubjectLeavesTheCreditToIt() {
        assertThat(claims("Mixtral 是 Mistral AI 发布的 MoE 模型", "Mixtral 是 Meta 出的。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aNameOfSeveralWordsIsOneName() {
        String point = "Stable Diffusion 是 Stability AI 发布的文生图模型";

        assertThat(claims(point, "Diffusion Model 是伯克利提出的，Stable Diffusion 在潜空间里做扩散。"))
                .isEmpty();
        assertThat(claims(point, "Stable Diffusion 是 OpenAI 发布的。")).containsOnlyKeys(0);
    }

    @Test
    void aHubHoldingTheModelIsNoCredit() {
        assertThat(claims(LLAMA, "LLaMA 的权重可以从 Hugging Face 的 LLaMA 仓库下载。")).isEmpty();
        assertThat(claims(LLAMA, "我们直接用 Hugging Face LLaMA 镜像做微调。")).isEmpty();
    }

    @Test
    void aClauseGoesOnOnlyWithTheSubjectOfItsSentence() {
        assertThat(claims("vLLM 是 UC Berkeley 开源的推理引擎", "我们用 vLLM 部署的模型，是阿里开源的。"))
                .isEmpty();
        assertThat(claims(MEGATRON, "部署 Megatron-LM 是微软做的，我们只负责调参。")).isEmpty();
        assertThat(claims(MEGATRON, "训练框架里最常用的是 Megatron-LM，它是微软开源的。")).containsOnlyKeys(0);
    }

    @Test
    void aQuestionIsNoClaim() {
        assertThat(claims(MEGATRON, "Megatron-LM 是微软提出的吗？")).isEmpty();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ThroughTheGrader {

        private static final String QUESTION = "介绍一下 Megatron-LM 这个训练框架";
        private static final List<String> POINTS =
                List.of(MEGATRON, "张量并行把一层的矩阵乘法按行或按列切到多张 GPU 上", "流水线并行把不同的层放到不同的卡上，用 micro-batch 减少气泡");
        private static final String REFERENCE = String.join("。", POINTS) + "。";
        private static final String ANSWER =
                "Megatron-LM 是微软提出的训练框架。它用张量并行把一层的矩阵乘法按列切到多张 GPU 上，还支持流水线并行，用 micro-batch 减少气泡。";

        private final EmbeddedGrader grader = SharedEmbeddedGrader.get();

        private GradeResult grade(String answer, ReferenceQuality quality) {
            return grader.grade(new GradeRequest(QUESTION, REFERENCE, POINTS, answer, quality));
        }

        @Test
        void theCreditedPointIsIncorrectWithTheClauseAsEvidence() {
            GradeResult result = grade(ANSWER, ReferenceQuality.TRUSTED);

            assertThat(result).marksIncorrect("英伟达开源");
            KeyPointResult origin = result.keyPoints().get(0);
            assertThat(origin.evidence()).contains("Megatron-LM 是微软提出的训练框架");
            assertThat(ANSWER).contains(origin.evidence());
        }

        @Test
        void anUntrustedReferenceCannotMakeTheCreditIncorrect() {
            assertThat(grade(ANSWER, ReferenceQuality.SHALLOW)).marksNothingIncorrect();
        }

        @Test
        void theRightOrganisationKeepsThePoint() {
            GradeResult result = grade(ANSWER.replace("微软", "NVIDIA"), ReferenceQuality.TRUSTED);

            assertThat(result).marksNothingIncorrect();
        }
    }
}
