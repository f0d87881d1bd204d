package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a span of the answer speaks of what a {@link Hedge} hedges. */
class HedgeTest {

    private final HedgeReader reader = new HedgeReader();

    private Hedge hedge(String point) {
        return reader.hedges(point).get(0);
    }

    @Test
    void theSameComparisonIsTheSameSubject() {
        assertThat(hedge("Adam 不一定比 SGD 泛化得更好").sameSubject("adam 肯定比 sgd 泛化得更好"))
                .isTrue();
    }

    @Test
    void aReversedComparisonIsAnotherSubject() {
        assertThat(hedge("Adam 不一定比 SGD 泛化得更好").sameSubject("sgd 肯定比 adam 泛化得更好"))
                .isFalse();
    }

    @Test
    void anotherEnglishNamedThingIsAnotherSubject() {
        assertThat(hedge("Adam 不一定比 SGD 泛化得更好").sameSubject("rmsprop 肯定泛化得更好")).isFalse();
    }

    @Test
    void aSpanNamingNothingInEnglishMayBeAboutTheSubject() {
        assertThat(hedge("Adam 不一定比 SGD 泛化得更好").sameSubject("它肯定泛化得更好")).isTrue();
    }

    @Test
    void aDegreeSubjectIsSpokenOfOnlyWithItsDegree() {
        Hedge hedge = hedge("词表越大不一定推理越快");

        assertThat(hedge.subject().spokenOf("词表越大推理肯定越快")).isTrue();
        assertThat(hedge.subject().spokenOf("词表设计得好推理肯定越快")).isFalse();
    }

    @Test
    void sharedWordsAreCountedOnce() {
        Hedge hedge = hedge("检索延迟取决于索引大小");

        assertThat(hedge.shared("索引越大检索越慢")).isEqualTo(2);
    }
}
