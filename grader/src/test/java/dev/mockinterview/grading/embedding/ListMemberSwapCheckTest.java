package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListMemberSwapCheckTest {

    private static final List<String> POINTS = List.of(
            "向量数据库：Milvus、Qdrant、Weaviate，适合大规模 ANN 检索",
            "关键词检索引擎：Elasticsearch、OpenSearch、Solr，基于倒排索引",
            "重排模型：用 cross-encoder 对候选精排");

    private final ListMemberSwapCheck check = new ListMemberSwapCheck();

    @Test
    void membersFiledUnderAnotherPointsLabelMakeTheirPointIncorrect() {
        String answer = "向量数据库一般选 Elasticsearch 或 Solr，它们做 ANN 检索最快。";

        Map<Integer, ContradictingClause> claims = check.claims(POINTS, answer);

        assertThat(claims).containsOnlyKeys(1);
        // The names as the candidate writes them, not as normalized text spells them.
        assertThat(claims.get(1).reason()).isEqualTo("把「Elasticsearch、Solr」归到了「向量数据库」");
    }

    @Test
    void membersUnderTheirOwnLabelOrBesideBothLabelsAreNoSwap() {
        assertThat(check.claims(POINTS, "关键词检索引擎有 Elasticsearch 和 Solr，向量数据库有 Milvus、Qdrant。"))
                .isEmpty();
        assertThat(check.claims(POINTS, "向量数据库之外，关键词检索引擎像 Elasticsearch、Solr 也常和它配合。"))
                .isEmpty();
    }

    @Test
    void aNegatedClauseFilesNothing() {
        assertThat(check.claims(POINTS, "向量数据库不是 Elasticsearch、Solr 这种倒排索引引擎。")).isEmpty();
    }
}
