package dev.mockinterview.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Local mode, the default: this machine only, no credentials, one local user; the handshake still checks Origin. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
@Import(ProbeSocket.class)
class LocalModeTest {

    @Autowired
    WebTestClient client;

    @Autowired
    ServerProperties server;

    @LocalServerPort
    int port;

    @Test
    void servesTheApiWithoutCredentials() {
        client.get().uri("/api/v1/topics").exchange().expectStatus().isOk();
    }

    @Test
    void refusesRequestsAddressedToAnotherHostNameAsDnsRebindingWouldSendThem() {
        client.get()
                .uri("/api/v1/topics")
                .header(HttpHeaders.HOST, "evil.example:" + port)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("HOST_NOT_ALLOWED");
        for (String host : List.of("127.0.0.1", "localhost", "[::1]")) {
            client.get()
                    .uri("/api/v1/topics")
                    .header(HttpHeaders.HOST, host + ":" + port)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void theSocketActsForTheLocalUserWithoutAToken() {
        String report = new SocketProbeClient(port).open(List.of(), origin("http://localhost:" + port));

        assertThat(report).startsWith(LocalUser.NAME + "\n");
    }

    @Test
    void refusesAHandshakeFromAForeignOrigin() {
        client.get()
                .uri("/ws/interview")
                .header(HttpHeaders.CONNECTION, "Upgrade")
                .header(HttpHeaders.UPGRADE, "websocket")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("ORIGIN_NOT_ALLOWED");
    }

    @Test
    void hasNoUsersToCreate() {
        client.post()
                .uri("/api/v1/users")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"someone\"}")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("NOT_FOUND")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("interview.security.mode=team"));
    }

    @Test
    void listensOnlyOnThisMachine() throws IOException {
        assertThat(server.getAddress()).isNotNull();
        assertThat(server.getAddress().isLoopbackAddress()).isTrue();
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        }
        Optional<InetAddress> external = externalAddress();
        if (external.isPresent()) {
            assertThatThrownBy(() -> {
                        try (Socket remote = new Socket()) {
                            remote.connect(new InetSocketAddress(external.get(), port), 5_000);
                        }
                    })
                    .isInstanceOf(IOException.class);
        }
    }

    private static Optional<InetAddress> externalAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static HttpHeaders origin(String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        return headers;
    }
}
