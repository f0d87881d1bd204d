package dev.mockinterview.api.bank;

import dev.mockinterview.bank.Topic;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank endpoints of the v1 contract. They run on the event loop on purpose: the bank is immutable and held in
 * memory (an in-memory Lucene index for {@code q}), so a call costs microseconds to a few milliseconds, never I/O
 * or a lock; hopping to another scheduler would cost more than the call itself.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "bank", description = "Interview questions, their references and rubrics")
class QuestionController {

    private final QuestionCatalog catalog;

    QuestionController(QuestionCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(path = "/topics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Topics of the bank with the number of questions in each")
    List<Topic> topics() {
        return catalog.topics();
    }

    @GetMapping(path = "/questions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Filter, search and page questions; with q the items are ranked by relevance")
    QuestionPageView questions(
            @Parameter(description = "topic id from /api/v1/topics") @RequestParam(required = false) @Nullable
                    String topic,
            @Parameter(description = "full-text search, Chinese and English terms")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "1 recall, 2 explain or compare, 3 mechanism or design")
                    @RequestParam(required = false)
                    @Nullable
                    Integer difficulty,
            @Parameter(description = "trusted, wrong, shallow, unanswered or experience")
                    @RequestParam(required = false)
                    @Nullable
                    String quality,
            @Parameter(description = "0-based page") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "page size, capped by interview.bank.max-page-size")
                    @RequestParam(required = false)
                    @Nullable
                    Integer size) {
        return catalog.search(topic, q, difficulty, quality, page, size);
    }

    @GetMapping(path = "/questions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One question with its reference answer, key points, sources and related questions")
    QuestionDetail question(@PathVariable String id) {
        return catalog.question(id);
    }
}
