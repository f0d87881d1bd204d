package dev.mockinterview.bank.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.TopicTaxonomy;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.review.ReviewEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private final TopicClassifier classifier = new TopicClassifier();

    @Test
    void classifiesByQuestionKeywordsFirst() {
        assertThat(classifier.classify("LoRA 的原理是什么？", "冻结原权重，训练低秩矩阵")).isEqualTo("peft");
        assertThat(classifier.classify("什么是 RoPE？", "旋转位置编码")).isEqualTo("positional-encoding");
        assertThat(classifier.classify("PPO 和 DPO 有什么区别", "")).isEqualTo("rlhf");
        assertThat(classifier.classify("如何缓解复读机问题", "重复惩罚、采样")).isEqualTo("decoding");
        assertThat(classifier.classify("SQL 中 INNER JOIN 和 LEFT JOIN 的区别", "")).isEqualTo("engineering");
        assertThat(classifier.classify("向量数据库怎么选", "Milvus、FAISS")).isEqualTo("rag");
    }

    @Test
    void latinKeywordsMatchWholeWordsOnly() {
        assertThat(classifier.classify("storage 是什么", "")).isNotEqualTo("rag");
    }

    @Test
    void fallsBackToBasicsWithoutAnyKeyword() {
        assertThat(classifier.classify("今天天气怎么样", "晴")).isEqualTo(TopicClassifier.FALLBACK);
    }

    @Test
    void everyTopicItUsesIsInTheTaxonomy() {
        assertThat(classifier.tieBreakOrder()).allMatch(TopicTaxonomy::contains).hasSize(20);
    }

    @Test
    void agreesWithTheReviewersTopicsOnMostOfTheCorpus() {
        ReviewIndex review = ReviewIndex.bundled();
        List<ParsedEntry> entries = BundledBank.entries(review);
        int agree = 0;
        Map<String, Integer> misses = new TreeMap<>();
        for (ParsedEntry entry : entries) {
            ReviewEntry reviewed = review.find(entry.document(), entry.line()).orElseThrow();
            String topic = classifier.classify(entry.question(), entry.answer());
            if (topic.equals(reviewed.topic())) {
                agree++;
            } else {
                misses.merge(reviewed.topic() + "->" + topic, 1, Integer::sum);
            }
        }
        double agreement = (double) agree / entries.size();
        System.out.printf(
                Locale.ROOT,
                "topic classifier agreement with the review: %d/%d = %.3f%n",
                agree,
                entries.size(),
                agreement);
        System.out.println("most frequent disagreements (review->classifier): " + misses);
        assertThat(agreement).isGreaterThan(0.75);
    }
}
