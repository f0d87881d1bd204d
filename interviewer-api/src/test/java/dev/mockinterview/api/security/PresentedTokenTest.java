package dev.mockinterview.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

class PresentedTokenTest {

    @Test
    void readsTheBearerSchemeInAnyCase() {
        assertThat(token(MockServerHttpRequest.get("/api/v1/topics").header("Authorization", "bearer  abc123 ")))
                .contains("abc123");
        assertThat(token(MockServerHttpRequest.get("/api/v1/topics").header("Authorization", "Bearer abc123")))
                .contains("abc123");
    }

    @Test
    void ignoresOtherSchemesAndEmptyTokens() {
        assertThat(token(MockServerHttpRequest.get("/api/v1/topics").header("Authorization", "Basic dXNlcjpwdw==")))
                .isEmpty();
        assertThat(token(MockServerHttpRequest.get("/api/v1/topics").header("Authorization", "Bearer ")))
                .isEmpty();
    }

    @Test
    void readsTheTokenAfterTheBearerSubprotocolOnlyOnAHandshake() {
        MockServerHttpRequest request = MockServerHttpRequest.get("/ws/interview")
                .header("Sec-WebSocket-Protocol", "bearer, abc123")
                .build();

        assertThat(PresentedToken.of(request, true)).contains(new PresentedToken("abc123", true));
        assertThat(PresentedToken.of(request, false)).isEmpty();
    }

    @Test
    void theHandlerNoLongerSeesATokenOfferedAsSubprotocol() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/ws/interview")
                .header("Sec-WebSocket-Protocol", "bearer, abc123, interview.v1"));
        PresentedToken presented =
                PresentedToken.of(exchange.getRequest(), true).orElseThrow();

        ServerWebExchange forwarded = presented.forwarded(exchange);

        assertThat(forwarded.getRequest().getHeaders().get("Sec-WebSocket-Protocol"))
                .containsExactly("bearer", "interview.v1");
    }

    @Test
    void neverShowsTheTokenInItsDescription() {
        assertThat(new PresentedToken("abc123", false).toString()).doesNotContain("abc123");
    }

    private static Optional<String> token(MockServerHttpRequest.BaseBuilder<?> request) {
        return PresentedToken.of(request.build(), false).map(PresentedToken::token);
    }
}
