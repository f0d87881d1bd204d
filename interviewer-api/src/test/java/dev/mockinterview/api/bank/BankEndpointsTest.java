package dev.mockinterview.api.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class BankEndpointsTest {

    @Autowired
    WebTestClient client;

    @Autowired
    QuestionBank bank;

    @Test
    void listsEveryTopicWithItsQuestionCount() {
        String body = get("/api/v1/topics");

        List<Map<String, Object>> topics = JsonPath.read(body, "$");
        assertThat(topics).isNotEmpty().allSatisfy(t -> assertThat(t).containsOnlyKeys("id", "name", "count"));
        int sum = topics.stream().mapToInt(t -> (Integer) t.get("count")).sum();
        assertThat(sum).isEqualTo(bank.all().size());
    }

    @Test
    void pagesQuestionsAndReportsTheTotal() {
        String first = get("/api/v1/questions?size=5");
        String second = get("/api/v1/questions?size=5&page=1");

        assertThat((Integer) JsonPath.read(first, "$.total"))
                .isEqualTo(bank.all().size());
        List<Map<String, Object>> items = JsonPath.read(first, "$.items");
        assertThat(items)
                .hasSize(5)
                .allSatisfy(
                        item -> assertThat(item).containsOnlyKeys("id", "topic", "difficulty", "quality", "question"));
        List<String> firstIds = JsonPath.read(first, "$.items[*].id");
        List<String> secondIds = JsonPath.read(second, "$.items[*].id");
        assertThat(secondIds).hasSize(5).doesNotContainAnyElementsOf(firstIds);
    }

    @Test
    void usesTheDefaultPageSizeAndCapsLargerSizes() {
        String defaults = get("/api/v1/questions");
        String huge = get("/api/v1/questions?size=100000");

        assertThat((Integer) JsonPath.read(defaults, "$.size")).isEqualTo(20);
        assertThat((List<?>) JsonPath.read(defaults, "$.items"))
                .hasSize(Math.min(20, bank.all().size()));
        assertThat((Integer) JsonPath.read(huge, "$.size")).isEqualTo(100);
        assertThat((List<?>) JsonPath.read(huge, "$.items"))
                .hasSize(Math.min(100, bank.all().size()));
    }

    @Test
    void filtersByTopicDifficultyAndQuality() {
        Topic topic =
                bank.topics().stream().filter(t -> t.count() > 0).findFirst().orElseThrow();

        String body = get("/api/v1/questions?size=100&topic=" + topic.id() + "&difficulty=2&quality=trusted");

        long expected = bank.all().stream()
                .filter(q -> q.topic().equals(topic.id())
                        && q.difficulty() == 2
                        && q.quality().status() == QualityStatus.TRUSTED)
                .count();
        assertThat(((Number) JsonPath.read(body, "$.total")).longValue()).isEqualTo(expected);
        assertThat((List<String>) JsonPath.read(body, "$.items[*].topic")).containsOnly(topic.id());
        assertThat((List<Integer>) JsonPath.read(body, "$.items[*].difficulty")).containsOnly(2);
        assertThat((List<String>) JsonPath.read(body, "$.items[*].quality")).containsOnly("trusted");
    }

    /** Issue 7's bar: default interviews draw from at least 200 questions whose reference can be trusted. */
    @Test
    void servesAtLeastTwoHundredTrustedQuestionsAndNoneWhoseReferenceIsWrong() {
        String trusted = get("/api/v1/questions?quality=trusted&size=1");
        String wrong = get("/api/v1/questions?quality=wrong&size=1");

        assertThat(((Number) JsonPath.read(trusted, "$.total")).longValue()).isGreaterThanOrEqualTo(200);
        assertThat(((Number) JsonPath.read(wrong, "$.total")).longValue()).isZero();
    }

    @Test
    void searchesChineseAndEnglishTerms() {
        for (String term : List.of("幻觉", "LoRA")) {
            String body = get("/api/v1/questions?q=" + term);

            assertThat(((Number) JsonPath.read(body, "$.total")).longValue())
                    .as("hits for %s", term)
                    .isPositive();
            List<String> ids = JsonPath.read(body, "$.items[*].id");
            String top = ids.get(0);
            Question best = bank.find(top).orElseThrow();
            String text = (best.question() + best.variants() + best.referenceAnswer()).toLowerCase();
            assertThat(text).as("best hit for %s", term).contains(term.toLowerCase());
        }
    }

    @Test
    void servesOneQuestionWithItsRubricAndSources() {
        Question question = bank.all().stream()
                .filter(q -> !q.keyPoints().isEmpty())
                .findFirst()
                .orElseThrow();

        String body = get("/api/v1/questions/" + question.id());

        assertThat((String) JsonPath.read(body, "$.id")).isEqualTo(question.id());
        assertThat((String) JsonPath.read(body, "$.topic")).isEqualTo(question.topic());
        assertThat((Integer) JsonPath.read(body, "$.difficulty")).isEqualTo(question.difficulty());
        assertThat((String) JsonPath.read(body, "$.question")).isEqualTo(question.question());
        assertThat((String) JsonPath.read(body, "$.referenceAnswer")).isEqualTo(question.referenceAnswer());
        assertThat((String) JsonPath.read(body, "$.quality"))
                .isEqualTo(question.quality().status().wireName());
        assertThat((List<String>) JsonPath.read(body, "$.keyPoints")).isEqualTo(question.keyPointTexts());
        assertThat((List<String>) JsonPath.read(body, "$.sources[*].document"))
                .isEqualTo(question.sources().stream().map(s -> s.document()).toList());
        assertThat((List<Integer>) JsonPath.read(body, "$.sources[*].line"))
                .isEqualTo(question.sources().stream().map(s -> s.line()).toList());
        assertThat((List<String>) JsonPath.read(body, "$.related")).isEqualTo(question.related());
        assertThat((List<String>) JsonPath.read(body, "$.variants")).isEqualTo(question.variants());
    }

    @Test
    void answersUnknownQuestionWithNotFoundProblem() {
        expectProblem("/api/v1/questions/q-does-not-exist", 404, "QUESTION_NOT_FOUND");
    }

    @Test
    void rejectsBadPaging() {
        expectProblem("/api/v1/questions?page=-1", 400, "INVALID_PAGING");
        expectProblem("/api/v1/questions?size=0", 400, "INVALID_PAGING");
        expectProblem("/api/v1/questions?page=first", 400, "INVALID_REQUEST");
    }

    @Test
    void rejectsUnknownFilters() {
        expectProblem("/api/v1/questions?difficulty=4", 400, "INVALID_FILTER");
        expectProblem("/api/v1/questions?quality=excellent", 400, "INVALID_FILTER");
        expectProblem("/api/v1/questions?topic=no-such-topic", 400, "INVALID_FILTER");
    }

    private String get(String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private void expectProblem(String uri, int status, String code) {
        client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo(code)
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.detail")
                .isNotEmpty();
    }
}
