package dev.mockinterview.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.SessionScore;
import dev.mockinterview.api.store.SessionScoring;
import dev.mockinterview.api.store.TranscriptQueries;
import dev.mockinterview.api.store.User;
import dev.mockinterview.api.store.UserRepository;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.Topic;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The session endpoints against the running service, reading sessions written through the store with grades made
 * by the real embedded grader. The caller is local mode's one user; "someone else" is another stored user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class SessionEndpointsTest {

    /** Local mode's user (security.LocalUser), who every request of this test acts for. */
    private static final UUID LOCAL_USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Autowired
    WebTestClient client;

    @Autowired
    UserRepository users;

    @Autowired
    SessionRepository sessions;

    @Autowired
    AnswerRepository answers;

    @Autowired
    TranscriptQueries transcripts;

    @Autowired
    QuestionBank bank;

    @Autowired
    EmbeddedGrader grader;

    StoredInterviews interviews;
    Question first;
    Question second;

    @BeforeEach
    void setUp() {
        users.ensure(LOCAL_USER, "local").block(StoredInterviews.WAIT);
        interviews = new StoredInterviews(sessions, answers, grader);
        List<Question> trusted = bank.all().stream()
                .filter(q -> q.quality().status() == QualityStatus.TRUSTED
                        && q.keyPoints().size() >= 3)
                .sorted(Comparator.comparing(Question::id))
                .toList();
        first = trusted.get(0);
        second = trusted.stream()
                .filter(q -> !q.topic().equals(first.topic()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listsTheCallersSessionsNewestFirstWithTheirScores() {
        InterviewSession older = gradedSession(partialAnswer(first), partialAnswer(second));
        InterviewSession newer = interviews.start(LOCAL_USER, Mode.EXAM, List.of(first.id(), second.id()));
        interviews.ask(newer, 0, first.id(), first.topic());
        interviews.answer(newer, first.id(), 1, AnswerKind.ANSWER, partialAnswer(first));
        InterviewSession elsewhere = someoneElsesSession();

        String body = get("/api/v1/sessions");

        DocumentContext json = JsonPath.parse(body);
        List<String> ids = json.read("$[*].id");
        assertThat(ids).doesNotContain(elsewhere.id().toString());
        assertThat(ids.stream()
                        .filter(id -> id.equals(older.id().toString())
                                || id.equals(newer.id().toString())))
                .containsExactly(newer.id().toString(), older.id().toString());
        Map<String, Object> olderItem = item(json, older.id());
        assertThat(olderItem)
                .containsEntry("mode", "practice")
                .containsEntry("status", "finished")
                .containsEntry("total", 2)
                .containsEntry("answered", 2)
                .containsEntry("createdAt", older.createdAt().toString());
        assertThat(((Number) olderItem.get("score")).doubleValue())
                .isEqualTo(scoreOf(older).score());
        Map<String, Object> newerItem = item(json, newer.id());
        assertThat(newerItem)
                .containsEntry("mode", "exam")
                .containsEntry("status", "active")
                .containsEntry("answered", 1)
                .as("a grade is pending")
                .containsEntry("score", null);
    }

    @Test
    void aSessionShowsEveryAnswerWithItsGradeAndNullWhileAGradeIsPending() {
        InterviewSession session = interviews.start(LOCAL_USER, Mode.PRACTICE, List.of(first.id(), second.id()));
        interviews.ask(session, 0, first.id(), first.topic());
        Answer answer = interviews.answer(session, first.id(), 1, AnswerKind.ANSWER, partialAnswer(first));
        GradeResult grade = interviews.grade(answer, first);
        Answer retry = interviews.answer(session, first.id(), 2, AnswerKind.RETRY, strongAnswer(first));
        GradeResult retryGrade = interviews.grade(retry, first);
        interviews.ask(session, 1, second.id(), second.topic());
        Answer waiting = interviews.lateAnswer(session, second.id(), partialAnswer(second));

        DocumentContext json = JsonPath.parse(get("/api/v1/sessions/" + session.id()));

        assertThat(json.read("$.id", String.class)).isEqualTo(session.id().toString());
        assertThat(json.read("$.mode", String.class)).isEqualTo("practice");
        assertThat(json.read("$.grader", String.class)).isEqualTo("embedding");
        assertThat(json.read("$.total", Integer.class)).isEqualTo(2);
        assertThat(json.read("$.currentIndex", Integer.class)).isZero();
        assertThat(json.read("$.questions[*].questionId", List.class)).containsExactly(first.id(), second.id());
        assertThat(json.read("$.questions[0].question", String.class)).isEqualTo(first.question());
        assertThat(json.read("$.questions[0].topic", String.class)).isEqualTo(first.topic());
        assertThat(json.read("$.questions[0].status", String.class)).isEqualTo("answered");
        assertThat(json.read("$.questions[0].answers[*].id", List.class))
                .containsExactly(answer.id().toString(), retry.id().toString());
        assertThat(json.read("$.questions[0].answers[*].kind", List.class)).containsExactly("answer", "retry");
        assertThat(json.read("$.questions[0].answers[*].attempt", List.class)).containsExactly(1, 2);
        assertThat(json.read("$.questions[0].answers[0].text", String.class)).isEqualTo(answer.text());
        assertThat(json.read("$.questions[0].answers[0].result.score", Double.class))
                .isEqualTo(grade.score());
        assertThat(json.read("$.questions[0].answers[1].result.score", Double.class))
                .isEqualTo(retryGrade.score());
        assertThat(json.read("$.questions[0].answers[1].result.keyPoints[*].status", List.class))
                .containsExactlyElementsOf(retryGrade.keyPoints().stream()
                        .map(point -> point.status().wireName())
                        .toList());
        assertThat(json.read("$.questions[0].answers[1].result.grader", String.class))
                .isEqualTo("embedding");
        assertThat(json.read("$.questions[0].answers[1].result.referenceAnswer", String.class))
                .isEqualTo(first.referenceAnswer());
        assertThat(json.read("$.questions[1].answers[0].id", String.class))
                .isEqualTo(waiting.id().toString());
        assertThat(json.read("$.questions[1].answers[0].late", Boolean.class)).isTrue();
        assertThat(json.read("$.questions[1].answers[0].receivedAt", String.class))
                .isEqualTo(waiting.receivedAt().toString());
        assertThat(json.read("$.questions[1].answers[0].result", Object.class))
                .as("waiting for its grade")
                .isNull();
    }

    @Test
    void theReportGivesScoresWeakestPointsAndEveryQuestionWithItsReference() {
        InterviewSession session = gradedSession(partialAnswer(first), second.question());
        SessionScore expected = scoreOf(session);

        DocumentContext json = JsonPath.parse(get("/api/v1/sessions/" + session.id() + "/report"));

        assertThat(json.read("$.sessionId", String.class))
                .isEqualTo(session.id().toString());
        assertThat(json.read("$.status", String.class)).isEqualTo("finished");
        assertThat(json.read("$.score", Double.class)).isEqualTo(expected.score());
        assertThat(json.read("$.total", Integer.class)).isEqualTo(2);
        assertThat(json.read("$.answered", Integer.class)).isEqualTo(2);
        assertThat(json.read("$.skipped", Integer.class)).isZero();
        assertThat(json.read("$.pendingGrades", Integer.class)).isZero();
        assertThat(json.read("$.byTopic[*].topic", List.class)).containsExactly(first.topic(), second.topic());
        assertThat(json.read("$.byTopic[*].name", List.class))
                .containsExactly(topicName(first.topic()), topicName(second.topic()));
        assertThat(json.read("$.byTopic[*].score", List.class))
                .containsExactlyElementsOf(expected.byTopic().stream()
                        .map(SessionScore.TopicScore::score)
                        .toList());
        assertThat(json.read("$.weakest[*].point", List.class))
                .isNotEmpty()
                .containsExactlyElementsOf(expected.weakest().stream()
                        .map(SessionScore.WeakPoint::point)
                        .toList());
        List<Map<String, Object>> weakest = json.read("$.weakest");
        for (Map<String, Object> weak : weakest) {
            Question asked = weak.get("questionId").equals(first.id()) ? first : second;
            assertThat(weak)
                    .containsEntry("question", asked.question())
                    .containsEntry("topic", asked.topic())
                    .containsEntry("referenceAnswer", asked.referenceAnswer());
            assertThat((String) weak.get("status")).isIn("missed", "partial", "incorrect");
        }
        assertThat(json.read("$.questions[0].question", String.class)).isEqualTo(first.question());
        assertThat(json.read("$.questions[0].referenceAnswer", String.class)).isEqualTo(first.referenceAnswer());
        assertThat(json.read("$.questions[0].keyPoints", List.class)).isEqualTo(first.keyPointTexts());
        assertThat(json.read("$.questions[0].inBank", Boolean.class)).isTrue();
        assertThat(json.read("$.questions[1].answers[0].result.flags", List.class))
                .as("an answer that only repeats the question")
                .contains("copied_question");
        assertThat(json.read("$.flagNotes.copied_question", String.class))
                .isEqualTo("回答只是重复了题目 (the answer repeats the question)");
    }

    @Test
    void aReportWithGradesPendingSaysHowManyAndHasNoScoreYet() {
        InterviewSession session = interviews.start(LOCAL_USER, Mode.EXAM, List.of(first.id(), second.id()));
        interviews.ask(session, 0, first.id(), first.topic());
        interviews.grade(interviews.answer(session, first.id(), 1, AnswerKind.ANSWER, partialAnswer(first)), first);
        interviews.ask(session, 1, second.id(), second.topic());
        interviews.answer(session, second.id(), 1, AnswerKind.ANSWER, partialAnswer(second));
        interviews.finish(session);

        DocumentContext json = JsonPath.parse(get("/api/v1/sessions/" + session.id() + "/report"));
        String markdown = markdown(session.id()).getResponseBody();

        assertThat(json.read("$.pendingGrades", Integer.class)).isEqualTo(1);
        assertThat(json.read("$.score", Object.class)).isNull();
        assertThat(json.read("$.questions[1].score", Object.class)).isNull();
        assertThat(json.read("$.questions[1].answers[0].result", Object.class)).isNull();
        assertThat(json.read("$.byTopic[0].score", Double.class)).isNotNull();
        assertThat(json.read("$.byTopic[1].score", Object.class)).isNull();
        assertThat(markdown)
                .contains("**待定 (pending)**")
                .contains("还有 1 个回答在等待评分")
                .contains("1 answer is still waiting for a grade")
                .contains("_等待评分 (waiting for its grade)._");
    }

    @Test
    void theReportOfAnActiveSessionDoesNotGiveAwayTheReferenceOfTheQuestionOnScreen() {
        InterviewSession session = interviews.start(LOCAL_USER, Mode.PRACTICE, List.of(first.id(), second.id()));
        interviews.ask(session, 0, first.id(), first.topic());
        interviews.grade(interviews.answer(session, first.id(), 1, AnswerKind.ANSWER, partialAnswer(first)), first);
        interviews.ask(session, 1, second.id(), second.topic());

        DocumentContext json = JsonPath.parse(get("/api/v1/sessions/" + session.id() + "/report"));
        String markdown = markdown(session.id()).getResponseBody();

        assertThat(json.read("$.questions[0].referenceAnswer", String.class)).isEqualTo(first.referenceAnswer());
        assertThat(json.read("$.questions[1].status", String.class)).isEqualTo("pending");
        assertThat(json.read("$.questions[1].question", String.class)).isEqualTo(second.question());
        assertThat(json.read("$.questions[1].referenceAnswer", Object.class)).isNull();
        assertThat(json.read("$.questions[1].keyPoints", List.class)).isEmpty();
        assertThat(markdown)
                .contains("_回答之后显示 (shown once the question is answered)._")
                .doesNotContain(MarkdownText.quote(second.referenceAnswer()))
                .doesNotContain(MarkdownText.inline(second.keyPointTexts().get(1)));
    }

    @Test
    void theMarkdownReportIsADocumentToKeep() {
        InterviewSession session = gradedSession(partialAnswer(first), second.question());
        SessionScore expected = scoreOf(session);

        EntityExchangeResult<String> result = markdown(session.id());
        String markdown = result.getResponseBody();

        assertThat(result.getResponseHeaders().getContentType())
                .isEqualTo(MediaType.parseMediaType("text/markdown;charset=UTF-8"));
        String day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(session.createdAt());
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"interview-" + day + "-"
                        + session.id().toString().substring(0, 8) + ".md\"");
        assertThat(markdown)
                .startsWith("# 模拟面试报告 (Mock interview report) · " + day + " · 练习 (practice)\n")
                .contains("## 总分 (Overall score)\n\n**" + String.format("%.1f / 10", expected.score()) + "**")
                .contains("| " + MarkdownText.inline(topicName(first.topic())) + " | ")
                .contains("## 最需要加强的要点 (Weakest points)")
                .contains("- **未提及 (missed)**: ")
                .contains("**题目 (Question):** " + MarkdownText.inline(first.question()))
                .contains("#### 第 1 次作答 (Attempt 1) · 回答 (answer)")
                .contains(MarkdownText.quote(partialAnswer(first)))
                .contains("| 要点 (Key point) | 结果 (Status) | 回答中的依据 (Evidence) |")
                .contains("- 回答只是重复了题目 (the answer repeats the question)")
                .contains("**反馈 (Feedback):**")
                .contains("#### 参考答案 (Reference answer)\n\n" + MarkdownText.quote(first.referenceAnswer()))
                .contains("- " + MarkdownText.inline(first.keyPointTexts().get(1)));
    }

    @Test
    void aCandidatesAnswerCannotBreakTheMarkdownReport() {
        String hostile = String.join(
                "\n",
                "# 我的标题",
                "| a | b |",
                "| --- | --- |",
                "```java",
                "System.out.println(\"hi\");",
                "```",
                "</details>",
                "---",
                "    indented like code",
                "1. not a list",
                "* [link](http://example.com) <b>bold</b> &amp; `code`");
        InterviewSession session = interviews.start(LOCAL_USER, Mode.PRACTICE, List.of(first.id()));
        interviews.ask(session, 0, first.id(), first.topic());
        interviews.grade(interviews.answer(session, first.id(), 1, AnswerKind.ANSWER, hostile), first);
        interviews.finish(session);

        String markdown = markdown(session.id()).getResponseBody();

        RenderedMarkdown rendered = RenderedMarkdown.parse(markdown);
        assertThat(rendered.headings())
                .containsExactly(
                        rendered.headings().get(0),
                        "总分 (Overall score)",
                        "分主题得分 (Score by topic)",
                        "最需要加强的要点 (Weakest points)",
                        "第 1 题 (Question 1)",
                        "逐题回顾 (Question by question)",
                        rendered.headings().get(6),
                        "第 1 次作答 (Attempt 1) · 回答 (answer)",
                        "参考答案 (Reference answer)");
        assertThat(rendered.headings().get(0)).startsWith("模拟面试报告 (Mock interview report)");
        assertThat(rendered.hasRawHtmlCodeOrRule()).isFalse();
        assertThat(rendered.quoteAfter("第 1 次作答 (Attempt 1) · 回答 (answer)")).isEqualTo(hostile);
    }

    @Test
    void progressGivesOnePointPerSessionAndTopicOldestFirstAsTheReportsDo() {
        InterviewSession earlier = gradedSession(partialAnswer(first), partialAnswer(second));
        InterviewSession later = gradedSession(strongAnswer(first), partialAnswer(second));
        SessionScore earlierScore = scoreOf(earlier);
        SessionScore laterScore = scoreOf(later);

        DocumentContext json = JsonPath.parse(get("/api/v1/progress"));

        Map<String, List<Map<String, Object>>> pointsByTopic = new LinkedHashMap<>();
        List<Map<String, Object>> topics = json.read("$.topics");
        for (Map<String, Object> topic : topics) {
            assertThat(topic.get("name")).isEqualTo(topicName((String) topic.get("topic")));
            List<Map<String, Object>> points = new ArrayList<>();
            for (Object point : (List<?>) topic.get("points")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) point;
                if (p.get("sessionId").equals(earlier.id().toString())
                        || p.get("sessionId").equals(later.id().toString())) {
                    points.add(p);
                }
            }
            pointsByTopic.put((String) topic.get("topic"), points);
        }
        for (Question question : List.of(first, second)) {
            List<Map<String, Object>> points = pointsByTopic.get(question.topic());
            assertThat(points)
                    .extracting(p -> p.get("sessionId"))
                    .containsExactly(earlier.id().toString(), later.id().toString());
            assertThat(points)
                    .extracting(p -> ((Number) p.get("score")).doubleValue())
                    .containsExactly(
                            topicScore(earlierScore, question.topic()), topicScore(laterScore, question.topic()));
            assertThat(points).extracting(p -> p.get("questions")).containsExactly(1, 1);
            assertThat(points.get(0).get("at")).isEqualTo(earlier.createdAt().toString());
        }
    }

    @Test
    void anotherUsersSessionIsNotFoundOnEveryEndpoint() {
        InterviewSession elsewhere = someoneElsesSession();

        for (String path : List.of(
                "/api/v1/sessions/" + elsewhere.id(),
                "/api/v1/sessions/" + elsewhere.id() + "/report",
                "/api/v1/sessions/" + elsewhere.id() + "/report?format=markdown")) {
            problem(path, 404, "SESSION_NOT_FOUND");
        }
        assertThat(JsonPath.parse(get("/api/v1/progress")).read("$.topics[*].points[*].sessionId", List.class))
                .doesNotContain(elsewhere.id().toString());
    }

    @Test
    void unknownAndMalformedIdsAndFormatsAreProblemDetailsWithStableCodes() {
        UUID unknown = UUID.randomUUID();
        problem("/api/v1/sessions/" + unknown, 404, "SESSION_NOT_FOUND");
        problem("/api/v1/sessions/" + unknown + "/report", 404, "SESSION_NOT_FOUND");
        problem("/api/v1/sessions/not-a-uuid", 400, "INVALID_REQUEST");
        problem("/api/v1/sessions/not-a-uuid/report?format=markdown", 400, "INVALID_REQUEST");
        InterviewSession session = gradedSession(partialAnswer(first), partialAnswer(second));
        problem("/api/v1/sessions/" + session.id() + "/report?format=pdf", 400, "INVALID_REQUEST");
    }

    @Test
    void aQuestionRemovedFromTheBankIsReportedWithTheReferenceItsGradeUsed() {
        String removedId = "q-removed-" + UUID.randomUUID();
        String reference = "RAG 先检索相关文档，再把文档放进提示词，由模型生成回答。";
        List<String> keyPoints = List.of("先检索相关文档", "把检索到的文档放进提示词");
        InterviewSession session = interviews.start(LOCAL_USER, Mode.PRACTICE, List.of(removedId));
        interviews.ask(session, 0, removedId, "rag");
        Answer answer = interviews.answer(session, removedId, 1, AnswerKind.ANSWER, "先从知识库里检索相关的文档片段。");
        interviews.grade(answer, "什么是 RAG？", reference, keyPoints);
        interviews.finish(session);

        DocumentContext json = JsonPath.parse(get("/api/v1/sessions/" + session.id() + "/report"));
        String markdown = markdown(session.id()).getResponseBody();

        assertThat(json.read("$.questions[0].inBank", Boolean.class)).isFalse();
        assertThat(json.read("$.questions[0].question", Object.class)).isNull();
        assertThat(json.read("$.questions[0].referenceAnswer", String.class)).isEqualTo(reference);
        assertThat(json.read("$.questions[0].keyPoints", List.class)).isEqualTo(keyPoints);
        assertThat(json.read("$.score", Double.class)).isNotNull();
        assertThat(markdown)
                .contains("已从题库移除，题目原文不可用 (the question has since been removed from the bank; its text is gone)")
                .contains(MarkdownText.quote(reference));
    }

    private InterviewSession gradedSession(String firstAnswer, String secondAnswer) {
        InterviewSession session = interviews.start(LOCAL_USER, Mode.PRACTICE, List.of(first.id(), second.id()));
        interviews.ask(session, 0, first.id(), first.topic());
        interviews.grade(interviews.answer(session, first.id(), 1, AnswerKind.ANSWER, firstAnswer), first);
        interviews.ask(session, 1, second.id(), second.topic());
        interviews.grade(interviews.answer(session, second.id(), 1, AnswerKind.ANSWER, secondAnswer), second);
        return interviews.finish(session);
    }

    private InterviewSession someoneElsesSession() {
        User other = users.create("someone else").block(StoredInterviews.WAIT).user();
        InterviewSession session = interviews.start(other.id(), Mode.PRACTICE, List.of(first.id()));
        interviews.ask(session, 0, first.id(), first.topic());
        interviews.grade(interviews.answer(session, first.id(), 1, AnswerKind.ANSWER, partialAnswer(first)), first);
        return session;
    }

    private SessionScore scoreOf(InterviewSession session) {
        return SessionScoring.of(transcripts.transcript(session.id()).block(StoredInterviews.WAIT));
    }

    private static double topicScore(SessionScore score, String topic) {
        return score.byTopic().stream()
                .filter(t -> t.topic().equals(topic))
                .findFirst()
                .orElseThrow()
                .score();
    }

    /** The first key point in the candidate's words and nothing of the rest: a grade with missed points. */
    private static String partialAnswer(Question question) {
        return question.keyPoints().get(0).text() + "。其他的我不太确定。";
    }

    private static String strongAnswer(Question question) {
        return String.join("；", question.keyPointTexts()) + "。";
    }

    private String topicName(String topic) {
        return bank.topics().stream()
                .filter(t -> t.id().equals(topic))
                .map(Topic::name)
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> item(DocumentContext json, UUID id) {
        List<Map<String, Object>> items = json.read("$[?(@.id == '" + id + "')]");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private String get(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private EntityExchangeResult<String> markdown(UUID sessionId) {
        return client.get()
                .uri("/api/v1/sessions/" + sessionId + "/report?format=markdown")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
    }

    private void problem(String path, int status, String code) {
        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo(code)
                .jsonPath("$.status")
                .isEqualTo(status);
    }
}
