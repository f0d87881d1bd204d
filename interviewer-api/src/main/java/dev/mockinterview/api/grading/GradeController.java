package dev.mockinterview.api.grading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "grading", description = "Grade a free-text answer against a reference used as a rubric")
class GradeController {

    private final GradingService grading;

    GradeController(GradingService grading) {
        this.grading = grading;
    }

    @PostMapping(
            path = "/grade",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Grade an answer to a bank question (questionId) or to an inline question with its reference",
            description = "grader: embedding, llm or auto (default). Blocking work runs on the grading scheduler.")
    Mono<GradeView> grade(@RequestBody GradeBody body) {
        return grading.grade(body).map(GradeView::of);
    }
}
