package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListNarrowingCheckTest {

    private static final String POINT = "向量检索可以用 Faiss、Milvus 或 Elasticsearch 做索引";

    private final ListNarrowingCheck check = new ListNarrowingCheck();

    private Map<Integer, ContradictingClause> claims(String answer) {
        return check.claims(List.of(POINT), answer);
    }

    @Test
    void readsTheMembersOfAPointsList() {
        assertThat(ListNarrowingCheck.lists("向量检索可以用 faiss、milvus 或 elasticsearch 做索引"))
                .containsExactly(List.of("faiss", "milvus", "elasticsearch"));
        assertThat(ListNarrowingCheck.lists("拉取官方或第三方提供的镜像")).containsExactly(List.of("官方", "第三"));
    }

    @Test
    void restrictingTheListToOneMemberIsAClaim() {
        String answer = "向量检索只能用 Faiss 做索引，别的库都不行。";

        Map<Integer, ContradictingClause> claims = claims(answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(answer.substring(claims.get(0).start(), claims.get(0).end())).contains("只能用 Faiss");
    }

    @Test
    void theReasonQuotesTheAnswerAndThePointAsWritten() {
        Map<Integer, ContradictingClause> claims = claims("向量检索只能用 FAISS 做索引，别的库都不行。");

        assertThat(claims.get(0).reason()).isEqualTo("说「只能…FAISS」，要点是「Faiss、Milvus、Elasticsearch」都可以");
    }

    @Test
    void anAnswerNamingAnotherMemberKeepsTheList() {
        assertThat(claims("向量检索只能用 Faiss 做索引？其实 Milvus 也可以。")).isEmpty();
    }

    @Test
    void aHedgedOrConditionalRestrictionIsNoClaim() {
        assertThat(claims("如果是单机离线场景，向量检索只能用 Faiss 做索引。")).isEmpty();
        assertThat(claims("向量检索一般只能用 Faiss 做索引吧。")).isEmpty();
    }

    @Test
    void aBareOnlyIsNoRestrictionOfTheList() {
        // "只" alone is how right answers say what a method touches ("LoRA 只训练 A 和 B").
        assertThat(claims("我们项目里向量检索只用了 Faiss 做索引。")).isEmpty();
    }
}
