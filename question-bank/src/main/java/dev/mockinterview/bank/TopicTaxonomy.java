package dev.mockinterview.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed topic taxonomy of the bank: twenty slugs with Chinese display names. The slugs are part of the API and
 * of exported files, so they never change; new topics are only ever appended.
 */
public final class TopicTaxonomy {

    /** One topic: its stable slug and its Chinese display name. */
    public record Entry(String slug, String name) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("basics", "基础：模型体系、涌现、BERT 与大模型、多模态、领域模型"),
            new Entry("architecture", "模型结构与注意力"),
            new Entry("normalization", "归一化"),
            new Entry("activation", "激活函数"),
            new Entry("positional-encoding", "位置编码与长上下文"),
            new Entry("tokenizer", "分词器与词表"),
            new Entry("training-data", "训练数据"),
            new Entry("fine-tuning", "微调、SFT 与继续预训练"),
            new Entry("peft", "参数高效微调：LoRA、Prompt/Prefix/P-tuning、Adapter"),
            new Entry("rlhf", "RLHF 与 DPO"),
            new Entry("distributed-training", "分布式训练与显存"),
            new Entry("inference", "推理、量化与 vLLM"),
            new Entry("decoding", "解码与复读机问题"),
            new Entry("hallucination", "幻觉、诚实与合规"),
            new Entry("rag", "RAG、LangChain 与向量数据库"),
            new Entry("agents", "智能体"),
            new Entry("evaluation", "评测"),
            new Entry("ml-fundamentals", "机器学习基础：损失、优化器、过拟合"),
            new Entry("engineering", "工程：Python、SQL、Docker"),
            new Entry("behavioural", "行为与项目经历"));

    private static final Map<String, Entry> BY_SLUG = index();

    private TopicTaxonomy() {}

    /** All topics, in display order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> find(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    public static boolean contains(String slug) {
        return BY_SLUG.containsKey(slug);
    }

    /** The position of a slug in display order; unknown slugs sort last. */
    public static int order(String slug) {
        for (int i = 0; i < ENTRIES.size(); i++) {
            if (ENTRIES.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return ENTRIES.size();
    }

    private static Map<String, Entry> index() {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry entry : ENTRIES) {
            map.put(entry.slug(), entry);
        }
        return Map.copyOf(map);
    }
}
