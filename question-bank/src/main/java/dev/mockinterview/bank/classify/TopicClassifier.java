package dev.mockinterview.bank.classify;

import dev.mockinterview.bank.TopicTaxonomy;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives a question a topic of {@link TopicTaxonomy} by keywords, for documents the review file does not cover.
 *
 * <p>Each topic has a keyword list. A keyword found in the question scores 3, one found in the answer scores 1 (each
 * keyword counts once per text). The topic with the highest score wins; ties go to the topic listed first below, which
 * puts the more specific topics (PEFT before fine-tuning, RLHF before training data) ahead. Latin keywords match
 * whole words only, so {@code rag} does not match {@code storage}. With no keyword at all the topic is {@code basics}.
 */
public final class TopicClassifier {

    public static final String FALLBACK = "basics";

    private static final int QUESTION_WEIGHT = 3;
    private static final int ANSWER_WEIGHT = 1;

    private final Map<String, List<Pattern>> keywords;
    private final List<String> order;

    public TopicClassifier() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("behavioural", "你在|你做过|做了哪些事|项目经历|项目中|介绍一下你|你的项目|遇到过");
        words.put(
                "normalization",
                "layernorm|layer norm|ln|rmsnorm|deepnorm|deep norm|归一化|batchnorm|batch norm|pre-ln|post-ln");
        words.put("activation", "激活函数|gelu|swish|swiglu|geglu|relu|glu|ffn");
        words.put("tokenizer", "分词|词表|tokenizer|bpe|wordpiece|sentencepiece|词汇表|词典");
        words.put("positional-encoding", "位置编码|rope|alibi|旋转位置|外推|长文本|更长的文本|上下文长度|输入长度|position|相对位置|绝对位置|长度限制|上下文窗口");
        words.put(
                "peft",
                "lora|qlora|adalora|peft|参数高效|prompt-tuning|prompt tuning|prefix-tuning|prefix tuning|p-tuning|ptuning|adapter|高效微调|低秩|prompting|参数微调|参选微调|提示微调");
        words.put("rlhf", "rlhf|ppo|dpo|ddo|奖励模型|rm|强化学习|人类反馈|偏好");
        words.put("hallucination", "幻觉|诚实|合规|事实性|胡说");
        words.put("decoding", "复读机|重复|解码|temperature|top-k|top-p|topk|topp|采样|beam|生成参数|repetition");
        words.put("agents", "agent|agents|智能体|工具调用|function call|function calling|react");
        words.put("rag", "rag|检索|langchain|向量库|向量数据库|知识库|文档|llamaindex|召回|chunk|切分|hyde|rerank|重排|embedding|向量");
        words.put("evaluation", "评测|评估|判断效果|评价|benchmark|bleu|rouge|测评");
        words.put("distributed-training", "并行|zero|deepspeed|显存|分布式|多卡|混合精度|megatron|梯度累积|梯度检查点|内存");
        words.put("inference", "推理|量化|vllm|kv cache|加速|部署|int8|int4|flash attention|paged attention|pagedattention|吞吐");
        words.put("training-data", "数据集|训练数据|数据格式|数据清洗|数据配比|token数|多少条数据|训练集|语料");
        words.put("fine-tuning", "微调|sft|继续预训练|增量预训练|遗忘|指令|全参数|变傻|领域模型|预训练|base|chat");
        words.put("ml-fundamentals", "损失函数|loss|优化器|过拟合|欠拟合|epoch|batch|学习率|梯度下降|adam|正则");
        words.put("engineering", "python|sql|docker|dockerfile|join|装饰器|生成器|多线程|linux|pandas|原生库|导入|dataloader");
        words.put(
                "architecture",
                "注意力|attention|transformer|mqa|gqa|多头|self-attention|结构|encoder|decoder|prefix lm|causal lm|moe|掩码|参数量");
        words.put("basics", "开源模型|模型体系|涌现|bert|多模态|专业领域|chatglm|llama|gpt|主流|大模型");
        Map<String, List<Pattern>> compiled = new LinkedHashMap<>();
        words.forEach((topic, list) -> {
            if (!TopicTaxonomy.contains(topic)) {
                throw new IllegalStateException("not a taxonomy slug: " + topic);
            }
            compiled.put(
                    topic,
                    Arrays.stream(list.split("\\|"))
                            .map(TopicClassifier::pattern)
                            .toList());
        });
        this.keywords = Map.copyOf(compiled);
        this.order = List.copyOf(words.keySet());
    }

    public String classify(String question, String answer) {
        String q = normalise(question);
        String a = normalise(answer);
        String best = FALLBACK;
        int bestScore = 0;
        for (String topic : order) {
            int score = 0;
            for (Pattern keyword : keywords.get(topic)) {
                if (keyword.matcher(q).find()) {
                    score += QUESTION_WEIGHT;
                }
                if (keyword.matcher(a).find()) {
                    score += ANSWER_WEIGHT;
                }
            }
            if (score > bestScore) {
                best = topic;
                bestScore = score;
            }
        }
        return best;
    }

    /** The topics in tie-break order. */
    public List<String> tieBreakOrder() {
        return new ArrayList<>(order);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Pattern pattern(String keyword) {
        String quoted = Pattern.quote(keyword);
        boolean latin = keyword.chars().allMatch(c -> c < 128);
        return Pattern.compile(latin ? "(?<![a-z0-9])" + quoted + "(?![a-z0-9])" : quoted);
    }
}
