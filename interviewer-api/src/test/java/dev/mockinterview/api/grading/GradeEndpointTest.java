package dev.mockinterview.api.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /api/v1/grade} with the real bank and the real embedded grader, no LLM configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class GradeEndpointTest {

    private static final String LORA_QUESTION = "什么是 LoRA？它为什么能降低微调成本？";
    private static final String LORA_REFERENCE = "LoRA 是一种参数高效微调方法。它冻结预训练模型的原始权重，"
            + "在注意力层的权重旁边加入两个低秩矩阵 A 和 B，只训练这两个小矩阵，更新量等于 B 乘 A。"
            + "因为秩 r 远小于隐藏维度，可训练参数量和优化器状态大幅减少，显存占用低。"
            + "推理时可以把 BA 合并回原权重，不增加推理延迟。";
    private static final List<String> LORA_KEY_POINTS = List.of(
            "LoRA 冻结预训练模型的原始权重", "在权重旁加入两个低秩矩阵 A 和 B，只训练它们", "秩 r 远小于隐藏维度，可训练参数和显存大幅减少", "推理时可把低秩更新合并回原权重，不增加推理延迟");
    private static final String STRONG_ANSWER = "我理解 LoRA 就是不去动原来大模型的参数，把它们 freeze 住，"
            + "然后在 attention 的投影矩阵旁边挂一个旁路，由两个很瘦的矩阵相乘来表示权重的增量，训练的时候只更新这两个矩阵。"
            + "因为这个秩一般只取 8 或者 16，比 hidden size 小很多，所以要训练的参数和 Adam 的状态都少了很多，显存压力小。"
            + "部署的时候还能把这个增量直接加回原来的权重里，所以推理速度和原模型一样。";
    private static final String OFF_TOPIC_ANSWER = "我平时比较喜欢打篮球和爬山，周末会和朋友一起去郊外露营，晚上看看电影放松一下。";

    @Autowired
    WebTestClient client;

    @Autowired
    QuestionBank bank;

    @Test
    void gradesABankQuestionAgainstItsKeyPoints() {
        Question question = bank.all().stream()
                .filter(q -> q.quality().status() == QualityStatus.TRUSTED
                        && q.keyPoints().size() >= 2)
                .findFirst()
                .orElseThrow();
        String answer = question.keyPoints().get(0).text() + "。另外我觉得这部分在实际项目里也很常用。";

        String body = grade(Map.of("questionId", question.id(), "answer", answer, "grader", "embedding"));

        assertThat((String) JsonPath.read(body, "$.grader")).isEqualTo("embedding");
        assertThat((Boolean) JsonPath.read(body, "$.degraded")).isFalse();
        assertThat((String) JsonPath.read(body, "$.referenceAnswer")).isEqualTo(question.referenceAnswer());
        assertThat((List<String>) JsonPath.read(body, "$.keyPoints[*].text")).isEqualTo(question.keyPointTexts());
        assertThat((List<String>) JsonPath.read(body, "$.keyPoints[*].status"))
                .isSubsetOf("covered", "partial", "missed", "incorrect");
        assertThat((List<String>) JsonPath.read(body, "$.flags")).allMatch(f -> f.equals(f.toLowerCase()));
        assertThat(body).containsPattern("\"score\":(10|\\d)\\.\\d[,}]");
    }

    @Test
    void gradesAnInlineQuestionAndRanksAStrongAnswerAboveAnOffTopicOne() {
        String strong = grade(inline(STRONG_ANSWER));
        String offTopic = grade(inline(OFF_TOPIC_ANSWER));

        double strongScore = ((Number) JsonPath.read(strong, "$.score")).doubleValue();
        double offTopicScore = ((Number) JsonPath.read(offTopic, "$.score")).doubleValue();
        assertThat(strongScore).isGreaterThan(offTopicScore).isGreaterThanOrEqualTo(5.0);
        assertThat(offTopicScore).isLessThanOrEqualTo(2.0);
        assertThat((List<String>) JsonPath.read(strong, "$.keyPoints[*].text")).isEqualTo(LORA_KEY_POINTS);
        assertThat((String) JsonPath.read(strong, "$.referenceAnswer")).isEqualTo(LORA_REFERENCE);
    }

    @Test
    void autoMeansTheEmbeddedGraderWhenNoLlmIsConfigured() {
        String body = grade(inline(STRONG_ANSWER));

        assertThat((String) JsonPath.read(body, "$.grader")).isEqualTo("embedding");
        assertThat((Boolean) JsonPath.read(body, "$.degraded")).isFalse();
    }

    @Test
    void timesEveryGradeByGrader() {
        grade(inline(STRONG_ANSWER));

        String metrics = client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(metrics).containsPattern("interview_api_grade_seconds_count\\{[^}]*grader=\"embedding\"");
    }

    @Test
    void rejectsAnEmptyAnswer() {
        expectProblem(inline("   \n "), 400, "ANSWER_EMPTY");
    }

    @Test
    void rejectsAnAnswerLongerThanTheLimit() {
        expectProblem(inline("长".repeat(8001)), 400, "ANSWER_TOO_LONG")
                .jsonPath("$.limit")
                .isEqualTo(8000);
    }

    @Test
    void acceptsAnAnswerExactlyAtTheLimit() {
        String start = "LoRA 冻结原始权重，只训练低秩矩阵。";
        String body = grade(inline(start + "嗯".repeat(8000 - start.codePointCount(0, start.length()))));

        assertThat((String) JsonPath.read(body, "$.grader")).isEqualTo("embedding");
    }

    @Test
    void rejectsAnUnknownQuestionId() {
        expectProblem(Map.of("questionId", "q-404", "answer", "LoRA"), 404, "QUESTION_NOT_FOUND");
    }

    @Test
    void rejectsMissingFields() {
        expectProblem(Map.of("question", LORA_QUESTION, "answer", STRONG_ANSWER), 400, "INVALID_REQUEST");
        expectProblem(Map.of("referenceAnswer", LORA_REFERENCE, "answer", STRONG_ANSWER), 400, "INVALID_REQUEST");
        expectProblem(Map.of("question", LORA_QUESTION, "referenceAnswer", LORA_REFERENCE), 400, "INVALID_REQUEST");
    }

    @Test
    void rejectsABankIdTogetherWithAnInlineQuestion() {
        String id = bank.all().get(0).id();
        expectProblem(
                Map.of("questionId", id, "question", LORA_QUESTION, "answer", STRONG_ANSWER), 400, "INVALID_REQUEST");
    }

    @Test
    void rejectsTheLlmGraderWhenNoLlmIsConfigured() {
        Map<String, Object> body = new HashMap<>(inline(STRONG_ANSWER));
        body.put("grader", "llm");

        expectProblem(body, 400, "GRADER_NOT_CONFIGURED");
    }

    @Test
    void rejectsAnUnknownGrader() {
        Map<String, Object> body = new HashMap<>(inline(STRONG_ANSWER));
        body.put("grader", "gpt-judge");

        expectProblem(body, 400, "INVALID_REQUEST");
    }

    private static Map<String, Object> inline(String answer) {
        return Map.of(
                "question", LORA_QUESTION,
                "referenceAnswer", LORA_REFERENCE,
                "keyPoints", LORA_KEY_POINTS,
                "answer", answer);
    }

    private String grade(Map<String, ?> body) {
        return client.post()
                .uri("/api/v1/grade")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private WebTestClient.BodyContentSpec expectProblem(Map<String, ?> body, int status, String code) {
        return client.post()
                .uri("/api/v1/grade")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo(code)
                .jsonPath("$.detail")
                .isNotEmpty();
    }
}
