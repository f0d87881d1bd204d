package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Denials of what a key point asserts, read by {@link DenialCheck} through {@link ContradictionCheck}. */
class DenialTest {

    private final ContradictionCheck check = new ContradictionCheck();

    private Optional<String> onEvidence(String point, String evidence) {
        return check.contradiction(point, evidence, "请解释一下这个机制", List.of(point));
    }

    @Test
    void sayingThePointsThingDoesNotMatterDenies() {
        assertThat(onEvidence("batch size 越大，梯度估计的方差越小，训练越稳定", "训练稳不稳定跟梯度方差没有什么关系，主要看初始化"))
                .isPresent();
    }

    @Test
    void sayingThePointsThingIsNotNeededDenies() {
        assertThat(onEvidence("检索到的段落要经过重排序再送入模型", "检索出来的段落不需要任何重排序，直接拼进提示词")).isPresent();
    }

    @Test
    void switchingOffThePointsThingDenies() {
        assertThat(onEvidence("KV Cache 缓存历史 token 的 Key 和 Value，解码时直接复用", "框架同时会关掉 KV Cache，每一步都从头算"))
                .isPresent();
    }

    @Test
    void switchingSomethingOffInOnePhaseIsNoDenial() {
        assertThat(onEvidence("Dropout 在训练时随机丢弃神经元，防止过拟合", "推理时要关掉 dropout，保证输出稳定"))
                .isEmpty();
    }

    @Test
    void sayingThePointsThingIsObsoleteDenies() {
        assertThat(onEvidence("人工标注的偏好数据用于训练奖励模型", "人工标注太贵，早就被彻底淘汰了，现在全靠合成数据")).isPresent();
    }

    @Test
    void sayingThePointsThingNeedsNothingDenies() {
        assertThat(onEvidence("位置编码需要加到词向量上，让模型感知顺序", "Transformer 里的位置编码完全不用处理，模型自己能学到顺序"))
                .isPresent();
    }

    @Test
    void denyingEveryDownsideDeniesAPointNamingOne() {
        assertThat(onEvidence("学习率预热过短会导致训练初期不稳定", "学习率预热设得再短也不会有任何副作用")).isPresent();
    }

    @Test
    void anAbsoluteDenialOverclaimsAgainstAPointThatOnlyLessens() {
        assertThat(onEvidence("权重衰减约束参数大小，可以减少过拟合", "加了权重衰减之后模型就完全不会过拟合了")).isPresent();
    }

    @Test
    void denyingWhatThePointAvoidsAgrees() {
        assertThat(onEvidence("KV Cache：避免重复计算历史 token 的注意力", "有了 KV Cache 就不需要重复计算历史 token"))
                .isEmpty();
    }

    @Test
    void aConditionDeniesNothing() {
        assertThat(onEvidence("残差连接让梯度可以直接回传到浅层", "如果去掉残差连接，梯度就很难回传到浅层")).isEmpty();
    }

    @Test
    void aContrastDeniesNothing() {
        assertThat(onEvidence("重排序模型对检索结果重新打分", "重排序不是靠关键词匹配，而是用交叉编码器重新打分")).isEmpty();
    }

    @Test
    void whatThePointItselfCallsUnrelatedAgrees() {
        assertThat(onEvidence("LayerNorm 在每个样本内部归一化，与 batch 大小无关", "LayerNorm 跟 batch 大小没有关系，单条样本也能算"))
                .isEmpty();
    }

    @Test
    void preferringSomethingElseWhereItSufficesIsNoDenial() {
        String point = "生成类任务用大模型，理解类任务用小模型";
        String answer = "做文本分类用小模型就够了，没必要上大模型；写文案这种生成任务再用大模型。";
        assertThat(onEvidence(point, answer)).isEmpty();
        assertThat(check.deniedAnywhere(point, answer, "大小模型怎么选？", List.of(point)))
                .isEmpty();
    }

    @Test
    void aClauseAboutAnotherEntityCannotDenyThisPoint() {
        List<String> points = List.of("BatchNorm 在 batch 维度上对同一个特征做归一化", "LayerNorm 在单个样本的特征维度上做归一化");
        assertThat(check.contradiction(
                        points.get(0), "LayerNorm 跟 batch 维度没有关系，只看单个样本", "BatchNorm 和 LayerNorm 的区别？", points))
                .isEmpty();
    }

    @Test
    void aDenialAnywhereInTheAnswerIsFoundWithItsSentence() {
        String point = "KV Cache 缓存历史 token 的 Key 和 Value，解码时直接复用";
        String answer = "它的调度做得很好，吞吐很高。另外它默认会关掉 KV Cache，每一步都重新计算历史 token。";
        Optional<ContradictionCheck.Denied> denied =
                check.deniedAnywhere(point, answer, "这个推理框架为什么快？", List.of(point, "连续批处理：请求结束就补入新请求"));
        assertThat(denied).isPresent();
        assertThat(answer.substring(denied.get().start(), denied.get().end())).contains("关掉 KV Cache");
    }

    @Test
    void aHabitOfNotUsingSomethingIsNoDenial() {
        assertThat(onEvidence("全参数微调：更新全部参数，效果上限高，但显存开销最大", "全参数微调显存开销太大，我们一般不用"))
                .isEmpty();
    }

    @Test
    void denyingACompoundDoesNotDenyItsFirstWord() {
        // "不需要价值模型" denies 价值模型; the point's "价值" is another word ("价值函数的估计").
        assertThat(onEvidence("GAE 用价值函数的估计来降低优势的方差", "改用 GRPO 的话就不需要价值模型了")).isEmpty();
    }

    @Test
    void denyingAVerbWithThePointsObjectStillDenies() {
        assertThat(onEvidence("梯度裁剪防止梯度爆炸，让训练更稳定", "梯度裁剪其实并不能防止梯度爆炸")).isPresent();
    }

    @Test
    void aSentenceAboutAnotherNamedMethodDoesNotDenyThisPoint() {
        List<String> points = List.of("RLHF 的 PPO 阶段要同时加载策略、价值、参考和奖励四个模型", "DPO 直接在偏好对上训练，不需要奖励模型");
        String answer = "想省显存的话可以改用 DPO，它不需要奖励模型，只要策略和参考两个。";

        assertThat(check.deniedAnywhere(points.get(0), answer, "PPO 训练为什么吃资源？", points))
                .isEmpty();
        assertThat(check.contradiction(points.get(0), answer, "PPO 训练为什么吃资源？", points))
                .isEmpty();
    }

    @Test
    void theSameDenialAboutThisPointsOwnMethodDenies() {
        List<String> points = List.of("PPO 要同时加载策略模型、价值模型、参考模型和奖励模型", "DPO 直接在偏好对上训练，不需要奖励模型");
        String answer = "PPO 阶段其实不需要参考模型和价值模型。";

        assertThat(check.deniedAnywhere(points.get(0), answer, "PPO 训练为什么吃资源？", points))
                .isPresent();
    }

    @Test
    void assertingWhatThePointSaysIsNotSoContradicts() {
        assertThat(onEvidence("Dropout 的丢弃比例是超参数，固定不变、不训练", "dropout 的丢弃比例其实也是一起训练出来的"))
                .isPresent();
        assertThat(onEvidence("WordPiece 的词表里没有 OOV 词，生僻字退回字符", "WordPiece 遇到生僻字还是会有 OOV 词"))
                .isPresent();
    }

    @Test
    void aContrastThatAlsoNegatesTheWordIsNoContradiction() {
        assertThat(onEvidence("Dropout 的丢弃比例是超参数，固定不变、不训练", "丢弃比例训练前就定好了，本身不参与训练"))
                .isEmpty();
    }

    @Test
    void aNegatedWordThatThePointAlsoAssertsIsNotEnough() {
        assertThat(onEvidence("位置旋转只作用于 q 和 k，不作用于 v", "旋转作用在 q 和 k 上，v 保持原样")).isEmpty();
    }

    @Test
    void theNegatedWordMustGoOnAsInThePoint() {
        assertThat(onEvidence("DPO 不需要训练奖励模型，直接优化策略", "DPO 是直接拿偏好数据训练策略的")).isEmpty();
    }

    @Test
    void sayingAProhibitedThingDoesNotHappenAgreesWithThePoint() {
        assertThat(onEvidence("解码时禁止重复出现的短语", "这样解码时就不会出现重复的短语了")).isEmpty();
        assertThat(onEvidence("因果掩码阻止信息从未来泄露", "有了因果掩码，信息不会从未来泄露")).isEmpty();
    }

    @Test
    void aClauseGoingOnFromItsSentenceAssertsWhatThePointNegatesOfTheSentencesSubject() {
        String point = "GroupNorm 在通道分组内归一化，不依赖 batch 大小";

        assertThat(onEvidence(point, "GroupNorm 是跨样本统计均值的，所以很依赖 batch 大小")).isPresent();
        assertThat(onEvidence(point, "GroupNorm 在组内算均值方差，BatchNorm 才很依赖 batch 大小"))
                .isEmpty();
    }

    @Test
    void sayingThePointsThingIsOfLittleUseDenies() {
        String point = "梯度检查点用重计算换显存，是训练长序列的常用手段";

        assertThat(onEvidence(point, "梯度检查点其实没什么用，省不了多少显存")).isPresent();
        assertThat(onEvidence(point, "序列很短的时候，梯度检查点作用不大")).isEmpty();
        assertThat(onEvidence(point, "对小模型来说梯度检查点用处不大")).isEmpty();
    }

    @Test
    void aProhibitionAgreesWithThePointsNegation() {
        assertThat(onEvidence("学习率不超过预训练时的十分之一，否则容易遗忘", "微调时学习率别超过预训练那会儿的十分之一，不然会忘掉原来的知识"))
                .isEmpty();
    }

    @Test
    void aWordHoldingTheCharacterOfAProhibitionIsNoNegation() {
        assertThat(onEvidence("学习率不超过预训练时的十分之一，否则容易遗忘", "微调时学习率要特别超过预训练时的十分之一，这样学得快"))
                .isPresent();
    }

    @Test
    void sayingItCannotBeDoneDenies() {
        assertThat(onEvidence("训练完可以把低秩矩阵合并进原权重，推理不增加延迟", "这个低秩矩阵没法合并进原权重，只能推理时单独再算一遍"))
                .isPresent();
    }

    @Test
    void denyingWhatAnotherPointOfTheRubricDeniesSaysThatPoint() {
        List<String> points = List.of("根据检索到的文档回答用户问题", "文档里没有答案时明确说无法回答，不要编造");

        assertThat(check.contradiction(points.get(0), "文档里查不到的就直接说没法回答，别自己瞎编", "RAG 的提示词怎么写？", points))
                .isEmpty();
    }

    @Test
    void inARubricOfContrastedEntitiesTheNamedEntityBindsTheDenial() {
        List<String> points = List.of("PPO 要训练一个 critic 来估计价值", "DPO 不用 critic，直接用偏好对优化策略", "两者都要一个参考模型来约束 KL 散度");

        assertThat(check.contradiction(points.get(0), "PPO 其实也不用 critic，直接拿偏好对来训练", "PPO 和 DPO 有什么区别？", points))
                .isPresent();
    }

    @Test
    void aDenyingClauseOfALongSentenceCountsWhenTheClauseItselfIsAboutThePoint() {
        List<String> points = List.of("检索阶段先用向量召回候选文档，再按相似度排序", "生成阶段把召回的文档拼进提示词，让模型基于文档作答", "知识库更新后只要重建索引，不用重新训练模型");
        String answer = "流程就是先拿向量召回候选文档再排序，然后把文档塞进提示词让模型作答，知识库一更新就完全不用重建索引。";

        assertThat(check.deniedAnywhere(points.get(2), answer, "RAG 的流程是什么？", points))
                .isPresent();
    }

    @Test
    void sayingItDoesNotVaryWithThePointsQuantityDenies() {
        assertThat(onEvidence("激活值占用的显存随序列长度线性增长", "激活值占的显存是固定的，不随序列长度变化")).isPresent();
    }

    @Test
    void askingWhetherItCanIsNoDenial() {
        assertThat(onEvidence("选型时看能否处理比训练更长的输入", "主要就看它能不能处理比训练时更长的输入")).isEmpty();
        assertThat(DenialCheck.asksWhether("看它会不会过拟合", 3)).isTrue();
        assertThat(DenialCheck.asksWhether("它不会过拟合", 1)).isFalse();
    }

    @Test
    void removingWhatThePointItselfRemovesIsNoDenial() {
        assertThat(onEvidence("裁掉最后几层对效果影响不大，因为去掉高层后表示变化小", "高层其实冗余，去掉影响不大")).isEmpty();
    }

    @Test
    void sayingThePointsThingFirstAndThenThatItIsUnsupportedDenies() {
        assertThat(onEvidence("向量数据库支持元数据过滤和混合检索", "元数据过滤在向量数据库里是不支持的")).isPresent();
        assertThat(onEvidence("Ollama 可以在本地运行量化后的开源模型", "量化后的开源模型在 Ollama 上跑不了"))
                .isPresent();
    }

    @Test
    void anIdiomWhoseNegatedComplementAffirmsDeniesNothing() {
        // 少不了 and 免不了 say the thing is needed or bound to happen.
        assertThat(onEvidence("微调数据需要人工清洗和去重", "微调数据的清洗和去重是少不了的")).isEmpty();
    }

    @Test
    void aDeniedNeedInThePointReachesOverItsWholePhrase() {
        // The point says one need not care much about declarations; an answer saying they are not needed agrees.
        assertThat(onEvidence("好处：写脚本时可以专注业务逻辑而无需过多关心变量的类型声明", "写脚本的时候变量不用声明类型，直接赋值就行"))
                .isEmpty();
    }

    @Test
    void aNegationInsideWhatThePointRemovesIsNoClaimToDeny() {
        // The point removes what is not clean; an answer wanting clean text agrees.
        assertThat(onEvidence("去重和清洗：在预训练语料中，可以通过去重和清洗来排除不干净或不规范的文本", "首先预训练语料要干净规范，并且要做去重"))
                .isEmpty();
    }

    @Test
    void aWordInsideWhatTheClauseBreaksIsNotAsserted() {
        // "把完整的段落打散" says the paragraph ends up incomplete, as the point does.
        assertThat(onEvidence("窗口太短上下文不完整，窗口太长噪声多", "窗口短省显存，但太短会把一个完整的段落打散")).isEmpty();
        assertThat(onEvidence("窗口太短上下文不完整，窗口太长噪声多", "窗口短省显存，而且太短也能保证段落是完整的")).isPresent();
    }

    @Test
    void aThingThePointReplacesIsNoClaimToDeny() {
        // "用 X 替代 critic" says there is no critic; an answer saying it is not needed agrees.
        assertThat(onEvidence("GRPO 用组内相对奖励替代 critic", "GRPO对一个prompt采样一组回答，拿组内奖励做归一化，这样就不需要critic了"))
                .isEmpty();
    }

    @Test
    void choosingAnotherMethodInsteadIsNoDenialOfWhatTheFirstDoes() {
        // "不用 X，换成 Y" / "不用 X，而是 Y" picks Y; it says nothing against what the point says X does.
        assertThat(onEvidence("PPO 需要 actor、critic 等四个模型同时放在显存里", "显存不够的话可以不用PPO，直接换成DPO来训"))
                .isEmpty();
        assertThat(onEvidence("贪心和 beam search 容易生成重复、单调的文本", "想要多样一点，就不用贪心，而是把temperature调高，再加top-p"))
                .isEmpty();
        assertThat(onEvidence("PPO 需要 actor、critic 等四个模型同时放在显存里", "其实PPO不需要critic，三个模型就够了"))
                .isPresent();
    }

    @Test
    void sayingTheThingCannotWhereThePointSaysItLacksAgrees() {
        // The point says small models lack it; "小模型做不到" says the same.
        assertThat(onEvidence("小模型没有这种能力，参数量过了某个规模才会出现", "这种能力小模型做不到")).isEmpty();
    }

    @Test
    void theWrittenNegationFeiNegatesWhatFollowsLikeOtherNegations() {
        // "非连续" says not continuous, as the point's "不连续" does.
        assertThat(onEvidence("BLEU 等不连续指标会把小的改进放大成大的跳变", "像 BLEU 这种非连续的指标，会把小改进变成跳变"))
                .isEmpty();
    }

    @Test
    void whatIsSaidOfAnUnseenCaseDeniesNothingInGeneral() {
        // Only the positions never seen in training lack a vector; the point's learned vectors stand.
        assertThat(onEvidence("Shaw 等为每个相对距离学习一个向量，超出范围就截断", "可学习的绝对位置更麻烦，训练时没遇到过的位置根本没有向量"))
                .isEmpty();
    }

    @Test
    void aWordInTheExceptionOfAPointIsNotWhatItAsserts() {
        // "除了 Milvus 自带的…" names Milvus as the exception; the point asserts the other tools.
        assertThat(onEvidence("除了 Milvus 自带的索引，还可以结合其他检索库", "可以不用 Milvus 自带的索引，换成别的检索库"))
                .isEmpty();
    }
}
