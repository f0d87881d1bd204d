package dev.mockinterview.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.SessionPlan;
import dev.mockinterview.api.store.SessionRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Team mode against the running service: every rule of issue 5's security bullet, with real requests. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "interview.security.mode=team",
            "interview.security.admin-token=" + TeamModeTest.ADMIN_TOKEN,
            "interview.security.allowed-origins=https://interview.example.org",
            "management.endpoint.health.probes.enabled=true"
        })
@AutoConfigureWebTestClient(timeout = "PT2M")
@Import(ProbeSocket.class)
@ExtendWith(OutputCaptureExtension.class)
class TeamModeTest {

    static final String ADMIN_TOKEN = "test-admin-3f9c41d7e0b34a56b8c1d2e3f4a5b6c7";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient client;

    @Autowired
    SessionRepository sessions;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    MeterRegistry registry;

    @LocalServerPort
    int port;

    @Test
    void refusesApiCallsWithoutATokenAsUnauthenticated() {
        WebTestClient.ResponseSpec response = client.get().uri("/api/v1/topics").exchange();

        response.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mock-interview\"");
        expectProblem(response, 401, "UNAUTHENTICATED");
    }

    @Test
    void refusesATokenThatBelongsToNoUser() {
        WebTestClient.ResponseSpec response = get("/api/v1/topics", "not-a-token-of-anyone");

        response.expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mock-interview\", error=\"invalid_token\"");
        expectProblem(response, 401, "UNAUTHENTICATED");
    }

    @Test
    void refusesUnknownRoutesWithoutATokenRatherThanTellingWhichExist() {
        expectProblem(client.get().uri("/api/v1/nothing-here").exchange(), 401, "UNAUTHENTICATED");
    }

    @Test
    void theAdminCreatesAUserWhoseTokenOpensTheApi() {
        Map<String, Object> created = createUser("Ada Lovelace");

        assertThat(created).containsOnlyKeys("id", "name", "token").containsEntry("name", "Ada Lovelace");
        assertThat(UUID.fromString((String) created.get("id"))).isNotNull();
        get("/api/v1/topics", (String) created.get("token")).expectStatus().isOk();
    }

    @Test
    void repliesWithTheNewTokenOnlyOnceAndNeverCached() {
        client.post()
                .uri("/api/v1/users")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Grace"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noStore());
    }

    @Test
    void refusesUserCreationWithoutTheAdminToken() {
        String userToken = (String) createUser("Not an admin").get("token");

        expectProblem(postUser(null, "{\"name\":\"x\"}"), 401, "UNAUTHENTICATED");
        expectProblem(postUser("wrong-admin-token-0123456789", "{\"name\":\"x\"}"), 401, "UNAUTHENTICATED");
        expectProblem(postUser(userToken, "{\"name\":\"x\"}"), 403, "ADMIN_TOKEN_REQUIRED");
    }

    @Test
    void theAdminTokenIsNotAUser() {
        expectProblem(get("/api/v1/topics", ADMIN_TOKEN), 401, "UNAUTHENTICATED")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("admin token only creates users"));
    }

    @Test
    void validatesTheNameOfANewUser() {
        expectProblem(postUser(ADMIN_TOKEN, "{\"name\":\"   \"}"), 400, "INVALID_REQUEST");
        expectProblem(postUser(ADMIN_TOKEN, "{}"), 400, "INVALID_REQUEST");
        expectProblem(postUser(ADMIN_TOKEN, "{\"name\":\"" + "名".repeat(101) + "\"}"), 400, "INVALID_REQUEST")
                .jsonPath("$.limit")
                .isEqualTo(100)
                .jsonPath("$.field")
                .isEqualTo("name");
        assertThat(createUser("名".repeat(100))).containsEntry("name", "名".repeat(100));
    }

    @Test
    void storesOnlyTheHashOfAToken() throws Exception {
        Map<String, Object> created = createUser("Hashed");
        String token = (String) created.get("token");

        Map<String, Object> row = DatabaseClient.create(connectionFactory)
                .sql("SELECT * FROM users WHERE id = :id")
                .bind("id", UUID.fromString((String) created.get("id")))
                .fetch()
                .one()
                .block(WAIT);

        assertThat(row).isNotNull();
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.values()).anyMatch(value -> sha256.equalsIgnoreCase(String.valueOf(value)));
    }

    @Test
    void aTokenRevokedAsOperationsDescribesStopsWorkingAtOnce() {
        Map<String, Object> created = createUser("Revoked");
        String token = (String) created.get("token");
        get("/api/v1/topics", token).expectStatus().isOk();

        DatabaseClient.create(connectionFactory)
                .sql("UPDATE users SET token_hash = 'revoked-' || id WHERE id = :id")
                .bind("id", UUID.fromString((String) created.get("id")))
                .then()
                .block(WAIT);

        expectProblem(get("/api/v1/topics", token), 401, "UNAUTHENTICATED");
    }

    @Test
    void leavesProbesThePageAndTheApiDescriptionOpen() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        for (String path : List.of("/", "/index.html", "/favicon.ico", "/app/app.js", "/webjars/anything.js")) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .value(status -> assertThat(status).as(path).isNotEqualTo(401));
        }
    }

    @Test
    void metricsNeedAUserToken() {
        expectProblem(client.get().uri("/actuator/prometheus").exchange(), 401, "UNAUTHENTICATED");

        String scrape = get("/actuator/prometheus", (String)
                        createUser("prometheus").get("token"))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(scrape).contains("interview_security_refused_total{reason=\"missing_token\"}");
    }

    @Test
    void countsRefusalsByReason() {
        double before = refused("unknown_token");

        get("/api/v1/topics", "nobody-has-this-token");
        get("/api/v1/topics", "nobody-has-this-token-either");

        assertThat(refused("unknown_token")).isEqualTo(before + 2);
    }

    @Test
    void aFailedSignInShowsTheTokenNeitherInTheReplyNorInTheLog(CapturedOutput output) {
        String guessed = "guessed-token-" + UUID.randomUUID();
        String userToken = (String) createUser("Leaky").get("token");

        String unknown = body(get("/api/v1/topics", guessed).expectStatus().isUnauthorized());
        String notAdmin =
                body(postUser(userToken, "{\"name\":\"x\"}").expectStatus().isForbidden());
        String admin = body(get("/api/v1/topics", ADMIN_TOKEN).expectStatus().isUnauthorized());

        assertThat(unknown + notAdmin + admin)
                .contains("UNAUTHENTICATED")
                .doesNotContain(guessed, userToken, ADMIN_TOKEN);
        assertThat(output.getAll())
                .contains("Refused GET /api/v1/topics", "unknown_token")
                .doesNotContain(guessed, userToken, ADMIN_TOKEN);
    }

    @Test
    void theHandshakeNeedsATokenLikeEveryOtherCall() {
        expectProblem(handshake("/ws/interview", null, null), 401, "UNAUTHENTICATED");
        expectProblem(handshake("/ws/interview", "Bearer nobody-has-this-token", null), 401, "UNAUTHENTICATED");
        expectProblem(handshake("/ws/interview", "Bearer " + ADMIN_TOKEN, null), 401, "UNAUTHENTICATED");
    }

    @Test
    void refusesAHandshakeFromAForeignOriginBeforeTheUpgradeEvenWithAToken() {
        String token = (String) createUser("Origin").get("token");

        expectProblem(handshake("/ws/interview", "Bearer " + token, "https://evil.example"), 403, "ORIGIN_NOT_ALLOWED");
        expectProblem(handshake("/ws/interview", null, "https://evil.example"), 403, "ORIGIN_NOT_ALLOWED");
        expectProblem(handshake("/ws/interview", "Bearer " + token, "null"), 403, "ORIGIN_NOT_ALLOWED");
    }

    @Test
    void aPageOpensTheSocketWithItsTokenAsSubprotocolAndNeverSeesItEchoed() {
        String token = (String) createUser("Page user").get("token");

        String report = new SocketProbeClient(port).open(List.of("bearer", token), origin("http://localhost:" + port));

        assertThat(report.split("\n")).containsExactly("Page user", "bearer", "[bearer]");
    }

    @Test
    void aProgramOpensTheSocketWithAnAuthorizationHeader() {
        String token = (String) createUser("Program").get("token");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);

        String report = new SocketProbeClient(port).open(List.of(), headers);

        assertThat(report).startsWith("Program\n");
    }

    @Test
    void anAllowedOriginOpensTheSocket() {
        String token = (String) createUser("Allowed").get("token");

        String report =
                new SocketProbeClient(port).open(List.of("bearer", token), origin("https://interview.example.org"));

        assertThat(report).startsWith("Allowed\n");
    }

    @Test
    void aRealHandshakeFromAForeignOriginFailsWith403() {
        String token = (String) createUser("Foreign").get("token");
        SocketProbeClient probe = new SocketProbeClient(port);

        assertThatThrownBy(() -> probe.open(List.of("bearer", token), origin("https://evil.example")))
                .isInstanceOf(WebSocketClientHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketClientHandshakeException) e)
                                .response()
                                .status()
                                .code())
                        .isEqualTo(403));
        assertThatThrownBy(() -> probe.open(List.of("bearer", "nobody-has-this-token"), new HttpHeaders()))
                .isInstanceOf(WebSocketClientHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketClientHandshakeException) e)
                                .response()
                                .status()
                                .code())
                        .isEqualTo(401));
    }

    @Test
    void aPageTalksToTheRealInterviewWithItsTokenAsSubprotocol() {
        String token = (String) createUser("Interviewee").get("token");

        String reply = new SocketProbeClient(port)
                .firstReply(
                        "/ws/interview",
                        List.of("bearer", token),
                        origin("http://localhost:" + port),
                        "{\"type\":\"ping\"}");

        assertThat(reply).contains("\"pong\"");
    }

    @Test
    void aUserCannotReadAnotherUsersSessionReportOrHistory() {
        Map<String, Object> alice = createUser("Alice");
        String aliceToken = (String) alice.get("token");
        String bobToken = (String) createUser("Bob").get("token");
        Map<String, Object> page = get("/api/v1/questions?quality=trusted&size=1", aliceToken)
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        String questionId =
                ((List<Map<String, Object>>) page.get("items")).get(0).get("id").toString();
        InterviewSession alices = sessions.create(new SessionPlan(
                        UUID.fromString((String) alice.get("id")),
                        Mode.PRACTICE,
                        "embedding",
                        null,
                        List.of(questionId)))
                .block(WAIT)
                .session();
        String path = "/api/v1/sessions/" + alices.id();

        get(path, aliceToken).expectStatus().isOk();
        get(path + "/report", aliceToken).expectStatus().isOk();
        expectProblem(get(path, bobToken), 404, "SESSION_NOT_FOUND");
        expectProblem(get(path + "/report", bobToken), 404, "SESSION_NOT_FOUND");
        expectProblem(get(path + "/report?format=markdown", bobToken), 404, "SESSION_NOT_FOUND");
        assertThat(body(get("/api/v1/sessions", aliceToken).expectStatus().isOk()))
                .contains(alices.id().toString());
        assertThat(body(get("/api/v1/sessions", bobToken).expectStatus().isOk()))
                .doesNotContain(alices.id().toString());
        assertThat(body(get("/api/v1/progress", bobToken).expectStatus().isOk()))
                .doesNotContain(alices.id().toString());
    }

    private Map<String, Object> createUser(String name) {
        Map<String, Object> created = postUser(ADMIN_TOKEN, "{\"name\":\"" + name + "\"}")
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(created).isNotNull();
        return created;
    }

    private WebTestClient.ResponseSpec postUser(String token, String json) {
        WebTestClient.RequestBodySpec request =
                client.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private WebTestClient.ResponseSpec handshake(String path, String authorization, String origin) {
        WebTestClient.RequestHeadersSpec<?> request = client.get()
                .uri(path)
                .header(HttpHeaders.CONNECTION, "Upgrade")
                .header(HttpHeaders.UPGRADE, "websocket")
                .header("Sec-WebSocket-Version", "13")
                .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (origin != null) {
            request.header(HttpHeaders.ORIGIN, origin);
        }
        return request.exchange();
    }

    private static HttpHeaders origin(String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        return headers;
    }

    private double refused(String reason) {
        return registry.get(Refusals.METRIC).tag("reason", reason).counter().count();
    }

    private static String body(WebTestClient.ResponseSpec response) {
        return response.expectBody(String.class).returnResult().getResponseBody();
    }

    private static WebTestClient.BodyContentSpec expectProblem(
            WebTestClient.ResponseSpec response, int status, String code) {
        return response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.code")
                .isEqualTo(code)
                .jsonPath("$.title")
                .isNotEmpty();
    }
}
