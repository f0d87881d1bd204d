package dev.mockinterview.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTaxonomyTest {

    @Test
    void holdsTheTwentyTopicsOfTheCorpusNotesWithChineseNames() {
        assertThat(TopicTaxonomy.entries()).hasSize(20);
        assertThat(TopicTaxonomy.entries().stream().map(TopicTaxonomy.Entry::slug))
                .doesNotHaveDuplicates()
                .contains("peft", "rag", "fine-tuning", "positional-encoding", "behavioural", "activation");
        assertThat(TopicTaxonomy.entries())
                .allMatch(e -> e.name()
                        .codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void findsTopicsBySlugAndOrdersUnknownSlugsLast() {
        assertThat(TopicTaxonomy.find("rag")).map(TopicTaxonomy.Entry::name).hasValue("RAG、LangChain 与向量数据库");
        assertThat(TopicTaxonomy.find("cooking")).isEmpty();
        assertThat(TopicTaxonomy.order("basics")).isZero();
        assertThat(TopicTaxonomy.order("cooking")).isEqualTo(20);
    }
}
