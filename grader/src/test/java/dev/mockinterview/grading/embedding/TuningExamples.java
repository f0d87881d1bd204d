package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;

/**
 * Our own small tuning set: six questions, one answer per level, written to look like spoken interview answers.
 * The labelled development set (grader/src/test/resources/devset) is separate; these only calibrate the kind of
 * answer each level is.
 */
final class TuningExamples {

    enum Level {
        STRONG(9, 10),
        GOOD(7, 8),
        PARTIAL(4, 6),
        WRONG(1, 3),
        OFF_TOPIC(0, 1);

        final double min;
        final double max;

        Level(double min, double max) {
            this.min = min;
            this.max = max;
        }
    }

    record Question(String question, String reference, List<String> keyPoints, List<String> answers) {

        GradeRequest request(Level level) {
            return request(answers.get(level.ordinal()));
        }

        GradeRequest request(String answer) {
            return new GradeRequest(question, reference, keyPoints, answer, ReferenceQuality.TRUSTED);
        }
    }

    private TuningExamples() {}

    static final Question RESIDUAL = new Question(
            "Transformer 里的残差连接有什么作用？",
            "残差连接把子层的输入直接加到子层的输出上，即 x + F(x)。这样梯度可以通过恒等路径直接回传，缓解深层网络的梯度消失问题，"
                    + "使得很深的网络也容易训练、收敛更快。同时它保留了原始输入的信息，每一层只需要学习输入与输出之间的残差。",
            List.of(
                    "残差连接把子层的输入直接加到输出上，即 x + F(x)",
                    "梯度可以通过恒等路径直接回传，缓解深层网络的梯度消失",
                    "让很深的网络更容易训练，收敛更快",
                    "保留原始输入信息，每层只需学习残差"),
            List.of(
                    "残差连接其实就是 x 加上 F(x)，把子层的输入和它的输出直接相加。这样做最大的好处是反向传播的时候梯度有一条捷径，"
                            + "可以不经过那些非线性层直接传回前面，所以几十层堆起来也不太会梯度消失，训练更稳定、收敛也快。"
                            + "另外原始输入的信息一直被保留着，每一层只要学一个增量，也就是残差，学起来更容易。",
                    "我理解残差连接就是把输入直接加到这一层的输出上面。主要是为了解决网络很深的时候梯度消失的问题，" + "梯度能沿着这条 shortcut 传回去，所以深层的 Transformer 才训得动。",
                    "残差连接嗯，就是一种 skip connection，我记得是为了让网络更深的时候还能训练，具体细节我不太记得了。",
                    "残差连接主要是用来做正则化的，它会随机丢掉一部分神经元，防止模型过拟合，其实和 dropout 的作用差不多，" + "而且它会让梯度变大，所以能加快训练。",
                    "我平时用 Python 比较多，写过爬虫和一些数据分析的脚本，对 pandas 比较熟，也做过一些前端页面。"));

    static final Question LORA = new Question(
            "LoRA 的原理是什么？为什么能节省显存？",
            "LoRA 冻结预训练模型的原始权重，在需要微调的权重旁边加一条旁路，用两个低秩矩阵 A 和 B 的乘积来近似权重的更新量。"
                    + "训练时只更新这两个低秩矩阵，可训练参数量和优化器状态大幅减少，所以显存占用低。"
                    + "推理时可以把 BA 合并回原权重，不增加额外的推理延迟。",
            List.of(
                    "冻结预训练模型的原始权重",
                    "用两个低秩矩阵 A 和 B 的乘积近似权重的更新量",
                    "只训练低秩矩阵，可训练参数和优化器状态大幅减少，显存占用低",
                    "推理时把低秩矩阵合并回原权重，不增加推理延迟"),
            List.of(
                    "LoRA 的思路是原来大模型的权重完全不动，全部 freeze 住，然后在旁边挂两个很小的矩阵 A 和 B，秩 r 很小，"
                            + "它们相乘得到的就是权重要更新的那部分 delta W。训练的时候只有这两个小矩阵有梯度，参数量可能只有原来的千分之一，"
                            + "优化器状态也跟着变少，所以显存省很多。部署的时候还能把 BA 直接加回原权重里，推理不会变慢。",
                    "LoRA 就是冻结原模型，只训练插进去的低秩矩阵，用低秩分解去近似参数的变化，所以要训练的参数少了很多，显存也就省下来了。",
                    "LoRA 是一种参数高效微调的方法，好像是加了一些小的矩阵去训练，比全量微调省资源。",
                    "LoRA 其实是把模型的权重量化成 4 bit 来省显存的，训练的时候所有参数都会全部更新，只是精度变低了，" + "推理的时候要先反量化，所以会慢一些。",
                    "我觉得做项目最重要的是沟通，和产品经理把需求对齐，然后排好期，按时交付。"));

    static final Question KV_CACHE = new Question(
            "大模型推理中的 KV cache 是什么？",
            "在自回归生成时，KV cache 把之前所有 token 在每一层算出的 Key 和 Value 缓存下来。生成新 token 时只需计算新 token 的"
                    + " Q、K、V，再与缓存的 K、V 做注意力，避免对前缀的重复计算，用显存换速度，显著降低生成时延。"
                    + "代价是缓存大小随序列长度和 batch size 线性增长，长上下文时显存占用很大。",
            List.of(
                    "自回归生成时缓存之前 token 的 Key 和 Value",
                    "生成新 token 时只计算新 token 的 Q、K、V，避免对前缀的重复计算",
                    "用显存换速度，降低生成时延",
                    "缓存随序列长度和 batch size 线性增长，显存占用大"),
            List.of(
                    "KV cache 就是在 decode 阶段，把前面已经生成过的 token 每一层的 K 和 V 存起来。因为是自回归一个一个往外吐字，"
                            + "每一步如果都把前缀重新算一遍就太浪费了，有了缓存，新来的 token 只算它自己的 Q K V，再跟缓存的 K V 做 attention 就行。"
                            + "本质上是拿显存换时间，延迟会低很多。不过缺点是这个缓存会随着序列变长、batch 变大线性涨，长文本的时候很吃显存。",
                    "KV cache 是把历史 token 的 key 和 value 缓存起来，下一步生成的时候不用重复计算前面的部分，所以推理速度快很多，" + "就是会多占一些显存。",
                    "KV cache 应该是推理加速用的一种缓存，存了一些中间结果，让生成更快。",
                    "KV cache 是在训练阶段用的，它把模型的梯度缓存起来，这样反向传播的时候就不用重新算了，" + "而且它能减少显存占用，序列越长省得越多。",
                    "今天天气不错，我早上去跑了五公里，然后吃了个早饭就来面试了。"));

    static final Question NORM = new Question(
            "LayerNorm 和 BatchNorm 有什么区别？为什么 Transformer 用 LayerNorm？",
            "BatchNorm 在 batch 维度上对同一个特征做归一化，依赖 batch 的统计量；LayerNorm 在单个样本的特征维度上做归一化，"
                    + "与 batch 大小无关。NLP 中序列长度不一、batch 往往较小，BatchNorm 的统计量不稳定，所以 Transformer 使用 LayerNorm。"
                    + "LayerNorm 在推理时也不需要保存训练时的滑动均值和方差。",
            List.of(
                    "BatchNorm 在 batch 维度上对同一个特征做归一化",
                    "LayerNorm 在单个样本的特征维度上做归一化，与 batch 大小无关",
                    "序列长度不一、batch 小时 BatchNorm 统计量不稳定，所以 Transformer 用 LayerNorm",
                    "LayerNorm 推理时不需要保存滑动均值和方差"),
            List.of(
                    "BatchNorm 是拿一个 batch 里所有样本的同一个特征去算均值方差，是沿着 batch 方向做的；LayerNorm 反过来，"
                            + "是对每一个样本自己的所有特征算均值方差，所以跟 batch 有多大没关系。NLP 里句子长短不一，batch 也常常很小，"
                            + "BatchNorm 算出来的统计量抖得厉害，所以 Transformer 都用 LayerNorm。而且 LayerNorm 推理时不用维护 running mean 和 running var，部署更简单。",
                    "BN 是对 batch 维度做归一化，LN 是对单个样本的特征维度做，LN 不依赖 batch size。文本序列长度不一样，用 BN 不稳定，所以用 LN。",
                    "它们都是归一化的方法，LayerNorm 是对层做归一化，Transformer 用它主要是效果更好一些。",
                    "LayerNorm 是在 batch 维度上做归一化的，需要很大的 batch 才稳定，BatchNorm 才是对单个样本做的。"
                            + "Transformer 用 LayerNorm 是因为它计算量比 BatchNorm 小很多。",
                    "我之前做过推荐系统，主要用的是协同过滤和一些规则，线上 AB 测试效果还可以。"));

    static final Question RAG = new Question(
            "什么是 RAG？它解决了什么问题？",
            "RAG（检索增强生成）先根据用户问题从外部知识库中检索相关的文档片段，再把检索到的内容和问题一起拼进 prompt，"
                    + "交给大模型生成答案。这样回答有据可查，能缓解幻觉；知识库可以随时更新，不需要重新训练模型就能用上新知识和私有数据。",
            List.of(
                    "先根据问题从外部知识库检索相关文档片段",
                    "把检索到的内容和问题一起拼进 prompt 交给大模型生成答案",
                    "回答有据可查，缓解大模型的幻觉",
                    "知识库可以随时更新，不需要重新训练模型就能用上新知识"),
            List.of(
                    "RAG 就是 retrieval augmented generation，用户提问以后，先去向量库或者搜索引擎里把相关的文档片段召回出来，"
                            + "然后把这些片段塞进 prompt 里，跟问题一起交给 LLM，让它基于这些材料来回答。好处一个是答案有出处，"
                            + "模型胡编乱造的幻觉会少很多；另一个是知识更新只要更新库就行，不用重新训练或者微调模型，私有数据也能直接用。",
                    "RAG 是检索增强生成，先检索相关文档，再把文档放到 prompt 里让大模型回答，可以减少幻觉。",
                    "RAG 好像就是给大模型加一个外部的知识库吧，让它回答得更好一些。",
                    "RAG 是一种微调方法，把知识库的数据拿来对模型做继续训练，把知识写进模型参数里，" + "这样模型就不会产生幻觉了，不过每次知识更新都要重新训练一遍。",
                    "我最喜欢的电影是星际穿越，里面的配乐特别好，黑洞的画面也很震撼。"));

    static final Question ROPE = new Question(
            "RoPE 旋转位置编码的原理和优点？",
            "RoPE 用旋转矩阵把位置信息乘到 query 和 key 上，使得两个 token 注意力的内积只依赖它们的相对位置。"
                    + "它是一种相对位置编码，没有额外的可学习参数；外推性比绝对位置编码好，还可以配合位置插值扩展上下文长度。",
            List.of(
                    "用旋转矩阵把位置信息编码到 query 和 key 上",
                    "注意力内积只依赖两个 token 的相对位置",
                    "是相对位置编码，没有额外的可学习参数",
                    "外推性比绝对位置编码好，可配合插值扩展上下文长度"),
            List.of(
                    "RoPE 的做法是把 q 和 k 的每两维看成一个二维向量，按照位置乘上一个旋转角度，也就是用旋转矩阵把位置编码进去。"
                            + "这样两个向量做内积的时候，结果只跟它们位置的差有关，所以天然是相对位置的。它本身没有要学习的参数，"
                            + "而且长度外推比 sinusoidal 那种绝对位置编码好，现在很多长上下文的方法比如位置插值、NTK 都是在 RoPE 上做的。",
                    "RoPE 是对 query 和 key 做旋转来加入位置信息，内积只和相对位置有关，所以是相对位置编码，外推能力比较好。",
                    "RoPE 是一种位置编码，LLaMA 里面用的，好像比原来的位置编码效果好。",
                    "RoPE 是把位置向量直接加到词向量上的绝对位置编码，每个位置有一个可学习的参数，" + "所以它没办法处理比训练时更长的序列。",
                    "我觉得学英语最好的办法是多听多说，我每天都会听半小时播客。"));

    static final List<Question> ALL = List.of(RESIDUAL, LORA, KV_CACHE, NORM, RAG, ROPE);
}
