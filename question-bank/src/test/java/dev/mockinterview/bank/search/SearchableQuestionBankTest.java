package dev.mockinterview.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.QuestionPage;
import dev.mockinterview.bank.QuestionQuery;
import dev.mockinterview.bank.Topic;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchableQuestionBankTest {

    private static QuestionBank bank;

    @BeforeAll
    static void build() {
        bank = BundledBank.load();
    }

    @Test
    void findsHallucinationQuestionsFirst() {
        List<Question> top = search("幻觉", 3);
        print("幻觉", top);
        // Only one question asks about hallucination by name; the others mention it in their references.
        assertThat(top)
                .isNotEmpty()
                .allMatch(q -> q.question().contains("幻觉")
                        || q.variants().stream().anyMatch(v -> v.contains("幻觉"))
                        || q.referenceAnswer().contains("幻觉"));
        assertThat(top.get(0).question()).contains("幻觉");
        assertThat(top.get(0).topic()).isEqualTo("hallucination");
    }

    @Test
    void findsLoraQuestionsByTheEnglishIdentifierInAnyCase() {
        List<Question> top = search("LoRA", 5);
        print("LoRA", top);
        assertThat(top).hasSize(5).allMatch(q -> q.question().toLowerCase().contains("lora"));
        assertThat(search("lora", 5)).isEqualTo(top);
    }

    @Test
    void findsKvCacheAsATwoWordTerm() {
        List<Question> top = search("KV cache", 5);
        print("KV cache", top);
        assertThat(top).isNotEmpty();
        assertThat(top.get(0).question() + top.get(0).referenceAnswer()).containsIgnoringCase("kv cache");
        assertThat(top.stream().map(Question::topic)).contains("inference");
    }

    @Test
    void findsPositionalEncodingQuestionsFirst() {
        List<Question> top = search("位置编码", 5);
        print("位置编码", top);
        assertThat(top).hasSize(5);
        assertThat(top.subList(0, 3)).allMatch(q -> q.question().contains("位置编码"));
        assertThat(top).allMatch(q -> q.topic().equals("positional-encoding"));
    }

    @Test
    void combinesTextWithTopicDifficultyAndQualityFilters() {
        QuestionPage page = bank.query(new QuestionQuery("peft", "LoRA", null, QualityStatus.TRUSTED, 0, 50));
        assertThat(page.items())
                .isNotEmpty()
                .allMatch(q -> q.topic().equals("peft") && q.quality().status() == QualityStatus.TRUSTED);
        assertThat(page.total()).isEqualTo(page.items().size());

        QuestionPage hard = bank.query(new QuestionQuery(null, null, 3, null, 0, 500));
        assertThat(hard.items()).isNotEmpty().allMatch(q -> q.difficulty() == 3);
        QuestionPage wrong = bank.query(new QuestionQuery(null, null, null, QualityStatus.WRONG, 0, 500));
        assertThat(wrong.items()).allMatch(q -> q.quality().status() == QualityStatus.WRONG);
        assertThat(hard.total()
                        + bank.query(new QuestionQuery(null, null, 1, null, 0, 1))
                                .total()
                        + bank.query(new QuestionQuery(null, null, 2, null, 0, 1))
                                .total())
                .isEqualTo(bank.all().size());
    }

    @Test
    void pagesWithoutOverlapAndReportsTheTotal() {
        QuestionPage first = bank.query(new QuestionQuery("rag", null, null, null, 0, 10));
        QuestionPage second = bank.query(new QuestionQuery("rag", null, null, null, 1, 10));
        assertThat(first.items()).hasSize(10);
        assertThat(first.total())
                .isEqualTo(second.total())
                .isEqualTo(topic("rag").count());
        assertThat(first.items()).doesNotContainAnyElementsOf(second.items());
        assertThat(bank.query(new QuestionQuery("rag", null, null, null, 99, 10))
                        .items())
                .isEmpty();
    }

    @Test
    void rejectsBadPagingWithACode() {
        assertThatThrownBy(() -> bank.query(new QuestionQuery(null, null, null, null, -1, 10)))
                .isInstanceOfSatisfying(
                        InvalidQueryException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidQueryException.Code.PAGE_NEGATIVE));
        assertThatThrownBy(() -> bank.query(new QuestionQuery(null, null, null, null, 0, 0)))
                .isInstanceOfSatisfying(
                        InvalidQueryException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidQueryException.Code.SIZE_NOT_POSITIVE));
        assertThatThrownBy(() -> bank.query(new QuestionQuery(null, null, 4, null, 0, 10)))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void findsQuestionsByIdAndCountsTopics() {
        assertThat(bank.find("q-003-0214")).map(Question::topic).hasValue("inference");
        assertThat(bank.find("q-999-0001")).isEmpty();
        assertThat(bank.topics()).hasSize(20);
        assertThat(bank.topics().stream().mapToInt(Topic::count).sum())
                .isEqualTo(bank.all().size());
    }

    @Test
    void anUnknownWordFindsNothing() {
        assertThat(bank.query(new QuestionQuery(null, "量子纠缠火锅", null, null, 0, 10))
                        .total())
                .isZero();
    }

    private static Topic topic(String id) {
        return bank.topics().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Question> search(@Nullable String text, int size) {
        return bank.query(new QuestionQuery(null, text, null, null, 0, size)).items();
    }

    private static void print(String query, List<Question> top) {
        System.out.println("search '" + query + "':");
        top.forEach(q -> System.out.println("  " + q.id() + " [" + q.topic() + "] " + q.question()));
    }
}
