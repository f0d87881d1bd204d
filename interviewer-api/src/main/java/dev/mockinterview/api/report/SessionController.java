package dev.mockinterview.api.report;

import dev.mockinterview.api.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The caller's sessions, one session's transcript and report, and their progress by topic. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "sessions", description = "Your interview sessions, their reports, and your progress by topic")
class SessionController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final SessionHistory history;
    private final MarkdownReport markdown;

    SessionController(SessionHistory history, MarkdownReport markdown) {
        this.history = history;
        this.markdown = markdown;
    }

    @GetMapping(path = "/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your sessions, newest first, each with its score once every grade is in")
    Mono<List<SessionItem>> sessions(ServerWebExchange exchange) {
        return history.list(Caller.of(exchange).userId());
    }

    @GetMapping(path = "/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One of your sessions: the questions asked so far, every answer and its grade")
    Mono<SessionDetail> session(@PathVariable UUID id, ServerWebExchange exchange) {
        return history.detail(Caller.of(exchange).userId(), id);
    }

    @GetMapping(path = "/sessions/{id}/report")
    @Operation(
            summary = "The report of one of your sessions",
            description = "format=json (default) for the page, format=markdown for a document to download and keep")
    Mono<ResponseEntity<?>> report(
            @PathVariable UUID id,
            @Parameter(description = "json (default) or markdown") @RequestParam(required = false) @Nullable
                    String format,
            ServerWebExchange exchange) {
        ReportFormat wanted = ReportFormat.parse(format);
        return history.report(Caller.of(exchange).userId(), id).map(report -> switch (wanted) {
            case JSON ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case MARKDOWN ->
                ResponseEntity.ok()
                        .contentType(MARKDOWN)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(fileName(report))
                                        .build()
                                        .toString())
                        .body(markdown.render(report));
        });
    }

    @GetMapping(path = "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your score by topic over time, one point per session and topic, oldest first")
    Mono<Progress> progress(ServerWebExchange exchange) {
        return history.progress(Caller.of(exchange).userId());
    }

    /** {@code interview-2026-11-25-1a2b3c4d.md}: sorts by date, and the short id tells sessions of a day apart. */
    static String fileName(SessionReport report) {
        return "interview-" + FILE_DATE.format(report.createdAt()) + "-"
                + report.sessionId().toString().substring(0, 8) + ".md";
    }
}
