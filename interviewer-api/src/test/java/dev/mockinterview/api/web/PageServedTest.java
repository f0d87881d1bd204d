package dev.mockinterview.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class PageServedTest {

    private static final Pattern LOCAL_ASSET = Pattern.compile("(?:src|href)=\"(/[^\"#]*)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '\\./([\\w-]+\\.js)'");

    @Autowired
    WebTestClient client;

    @Test
    void servesThePageAtTheRootWithAPolicyThatKeepsItToItsOwnOrigin() {
        EntityExchangeResult<String> page = client.get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();

        assertThat(page.getResponseHeaders().getContentType()).hasToString("text/html");
        assertThat(page.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "connect-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getResponseBody()).contains("/app/main.js").doesNotContain("<script>");
    }

    @Test
    void everyAssetThePageAndItsModulesNameIsServed() {
        String page = text("/");
        List<String> assets = new ArrayList<>();
        Matcher asset = LOCAL_ASSET.matcher(page);
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        assertThat(assets).contains("/app/main.js", "/app/style.css").anyMatch(path -> path.contains("chart.umd.js"));

        List<String> modules = new ArrayList<>(List.of("main.js"));
        for (int i = 0; i < modules.size(); i++) {
            Matcher imports = MODULE_IMPORT.matcher(text("/app/" + modules.get(i)));
            while (imports.find()) {
                if (!modules.contains(imports.group(1))) {
                    modules.add(imports.group(1));
                }
            }
        }
        assertThat(modules).contains("interview.js", "result.js", "highlight.js", "history.js", "questions.js");
        modules.forEach(module -> assets.add("/app/" + module));
        assets.forEach(path -> client.get().uri(path).exchange().expectStatus().isOk());
    }

    @Test
    void givesTheApiNoPagePolicy() {
        client.get()
                .uri("/api/v1/topics")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist("Content-Security-Policy");
    }

    private String text(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
