package dev.mockinterview.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.build.BankBuilder;
import dev.mockinterview.bank.review.ReviewEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledBankTest {

    private static List<Question> questions;
    private static ReviewIndex review;

    @BeforeAll
    static void build() {
        questions = BundledBank.questions();
        review = ReviewIndex.bundled();
    }

    @Test
    void rebuildingGivesTheSameIdsAndTheSameOutput() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(BundledBank.questions())).isEqualTo(json.writeValueAsString(questions));
    }

    @Test
    void everyReviewedEntryIsTheSourceOfExactlyOneQuestion() {
        Set<String> seen = new HashSet<>();
        for (Question question : questions) {
            for (Source source : question.sources()) {
                if (review.find(source.document(), source.line()).isPresent()) {
                    assertThat(seen.add(source.document() + ":" + source.line()))
                            .as(source.toString())
                            .isTrue();
                }
            }
        }
        assertThat(seen).hasSize(review.entries().size()).hasSize(374);
    }

    @Test
    void printsTheCountsForTheDocs() {
        Map<String, Long> byTopic = new TreeMap<>(
                questions.stream().collect(Collectors.groupingBy(Question::topic, Collectors.counting())));
        Map<String, Long> byStatus = new TreeMap<>(questions.stream()
                .collect(Collectors.groupingBy(q -> q.quality().status().wireName(), Collectors.counting())));
        long curated = questions.stream()
                .filter(q -> q.quality().flags().contains("curated"))
                .count();
        long fromCorpus = questions.stream()
                .filter(q -> q.sources().stream()
                        .anyMatch(s -> review.find(s.document(), s.line()).isPresent()))
                .count();
        Map<Integer, Long> points = new TreeMap<>(questions.stream()
                .collect(Collectors.groupingBy(q -> q.keyPoints().size(), Collectors.counting())));
        System.out.println(
                "questions " + questions.size() + " (from corpus entries " + fromCorpus + ", curated " + curated + ")");
        System.out.println("by topic " + byTopic);
        System.out.println("by status " + byStatus);
        System.out.println("key points per question " + points);
        questions.stream()
                .filter(q -> q.quality().status() != QualityStatus.TRUSTED)
                .forEach(q -> System.out.println("  " + q.quality().status().wireName() + " " + q.id() + " "
                        + q.question() + " " + q.quality().flags()));
        assertThat(byTopic.keySet()).allMatch(TopicTaxonomy::contains);
        assertThat(fromCorpus).isEqualTo(211);
    }

    @Test
    void idsFollowTheCanonicalEntryAndTheSourcePreference() {
        Question repetition = find("q-002-0042");
        assertThat(repetition.sources()).first().isEqualTo(new Source("002_28a2a5e8e1db754e.txt", 42));
        assertThat(repetition.sources())
                .contains(
                        new Source("000_43894fa0e3b128f8.txt", 88),
                        new Source("001_c14bfeaf169b6fab.txt", 335),
                        new Source("004_eb227235c22a4492.txt", 148));
        assertThat(find("q-003-0475").sources()).contains(new Source("001_c14bfeaf169b6fab.txt", 1136));
        assertThat(find("q-000-0045").variants()).contains("LLMs 存在模型幻觉问题，请问如何处理？");
        assertThat(questions)
                .extracting(Question::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("q-\\d{3}-\\d{4}"));
    }

    @Test
    void allFifteenFixturesOfTheCorpusNotesAreQuestionsWithTheirSources() throws Exception {
        JsonNode fixtures = new ObjectMapper().readTree(getClass().getResourceAsStream("/rubric/fixtures.json"));
        for (JsonNode fixture : fixtures) {
            Question question = find(fixture.get("id").asText());
            assertThat(question.topic())
                    .as(question.id())
                    .isEqualTo(fixture.get("topic").asText());
            for (JsonNode source : fixture.get("sources")) {
                assertThat(question.sources())
                        .as(question.id())
                        .contains(new Source(
                                source.get("document").asText(),
                                source.get("line").asInt()));
            }
            assertThat(question.keyPoints()).as(question.id()).hasSizeBetween(2, 8);
        }
    }

    @Test
    void aReferenceFlaggedWrongIsNeverTrustedUnlessACuratorReplacedIt() {
        for (Question question : questions) {
            ReviewEntry canonical = review.find(
                            question.sources().get(0).document(),
                            question.sources().get(0).line())
                    .orElse(null);
            if (canonical != null
                    && canonical.flagged("wrong")
                    && !question.quality().flags().contains("curated")) {
                assertThat(question.quality().status()).as(question.id()).isNotEqualTo(QualityStatus.TRUSTED);
            }
        }
    }

    @Test
    void negativeFixturesNeverServeAsATrustedReference() {
        for (String id : List.of("q-000-0007", "q-000-0659", "q-001-1235", "q-003-0589")) {
            Question question = withSource(id);
            ReviewEntry entry = review.find(id).orElseThrow();
            boolean chosen = question.sources().get(0).equals(new Source(entry.document(), entry.line()));
            boolean curated = question.quality().flags().contains("curated");
            assertThat(!chosen || curated || question.quality().status() != QualityStatus.TRUSTED)
                    .as(id + " in " + question.id() + " " + question.quality())
                    .isTrue();
        }
        assertThat(withSource("q-000-0007").sources().get(0)).isEqualTo(new Source("001_c14bfeaf169b6fab.txt", 243));
        assertThat(find("q-003-0533").quality().status()).isEqualTo(QualityStatus.EXPERIENCE);
    }

    @Test
    void storedTextsAreCleanAndCapped() {
        for (Question question : questions) {
            assertThat(question.referenceAnswer().length())
                    .as(question.id())
                    .isLessThanOrEqualTo(BankBuilder.ANSWER_CAP + 2);
            assertThat(question.referenceAnswer() + question.question() + question.keyPointTexts())
                    .as(question.id())
                    .doesNotContain("💡", "&nbsp;", "&gt;", "在这里插入图片描述");
        }
    }

    @Test
    void unansweredQuestionsHaveNoKeyPointsAndAnsweredOnesHaveSome() {
        for (Question question : questions) {
            if (question.quality().status() == QualityStatus.UNANSWERED) {
                assertThat(question.keyPoints()).as(question.id()).isEmpty();
            } else if (question.quality().status() != QualityStatus.EXPERIENCE) {
                assertThat(question.keyPoints()).as(question.id()).isNotEmpty();
            }
        }
    }

    /** The question that has the reviewed entry among its sources. */
    private static Question withSource(String entryId) {
        ReviewEntry entry = review.find(entryId).orElseThrow();
        Source source = new Source(entry.document(), entry.line());
        return questions.stream()
                .filter(q -> q.sources().contains(source))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question from " + entryId));
    }

    private static Question find(String id) {
        return questions.stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }
}
