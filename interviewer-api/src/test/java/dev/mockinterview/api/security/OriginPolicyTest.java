package dev.mockinterview.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class OriginPolicyTest {

    private final OriginPolicy ownOriginOnly = new OriginPolicy(List.of());

    @Test
    void allowsTheServicesOwnOrigin() {
        assertThat(ownOriginOnly.allows(handshake("http://127.0.0.1:8080/ws/interview", "http://127.0.0.1:8080")))
                .isTrue();
        assertThat(ownOriginOnly.allows(handshake("http://LOCALHOST:8080/ws/interview", "http://localhost:8080/")))
                .isTrue();
    }

    @Test
    void allowsTheOwnOriginBehindATlsProxyThatKeepsTheHost() {
        assertThat(ownOriginOnly.allows(
                        handshake("http://interview.example.org/ws/interview", "https://interview.example.org")))
                .isTrue();
    }

    @Test
    void refusesAnotherHostOrPort() {
        assertThat(ownOriginOnly.allows(handshake("http://127.0.0.1:8080/ws/interview", "https://evil.example")))
                .isFalse();
        assertThat(ownOriginOnly.allows(handshake("http://127.0.0.1:8080/ws/interview", "http://127.0.0.1:9090")))
                .isFalse();
        assertThat(ownOriginOnly.allows(
                        handshake("http://interview.example.org/ws/interview", "https://interview.example.org.evil")))
                .isFalse();
    }

    @Test
    void refusesTheOpaqueNullOriginAndMalformedOnes() {
        assertThat(ownOriginOnly.allows(handshake("http://127.0.0.1:8080/ws/interview", "null")))
                .isFalse();
        assertThat(ownOriginOnly.allows(handshake("http://127.0.0.1:8080/ws/interview", "127.0.0.1:8080")))
                .isFalse();
        assertThat(ownOriginOnly.allows(handshake("http://127.0.0.1:8080/ws/interview", "http://127.0.0.1:8080/path")))
                .isFalse();
    }

    @Test
    void allowsProgramsThatSendNoOrigin() {
        assertThat(ownOriginOnly.allows(MockServerHttpRequest.get("http://127.0.0.1:8080/ws/interview")
                        .build()))
                .isTrue();
    }

    @Test
    void allowsListedOriginsWithTheirDefaultPortSpelledOrNot() {
        OriginPolicy listed = new OriginPolicy(List.of("https://interview.example.org:443", "http://localhost:5173"));

        assertThat(listed.allows(handshake("http://10.0.0.5:8080/ws/interview", "https://interview.example.org")))
                .isTrue();
        assertThat(listed.allows(handshake("http://10.0.0.5:8080/ws/interview", "http://localhost:5173")))
                .isTrue();
        assertThat(listed.allows(handshake("http://10.0.0.5:8080/ws/interview", "http://interview.example.org")))
                .isFalse();
    }

    @Test
    void refusesSettingsThatAreNoOrigins() {
        for (String bad : List.of("*", "interview.example.org", "https://interview.example.org/app", "ftp://x")) {
            assertThatThrownBy(() -> new OriginPolicy(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("allowed-origins");
        }
    }

    private static MockServerHttpRequest handshake(String url, String origin) {
        return MockServerHttpRequest.get(url)
                .header("Upgrade", "websocket")
                .header("Origin", origin)
                .build();
    }
}
