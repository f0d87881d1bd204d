package dev.mockinterview.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every place of the Markdown report that shows text from elsewhere (bank, grader, candidate) keeps the document's
 * structure: the same headings, tables with the same cells, no HTML, code or rule. The endpoint test covers a hostile
 * answer against the running service; this one puts hostile text where a real grade rarely does (evidence and
 * topic names with pipes, feedback with HTML).
 */
class MarkdownReportTest {

    private static final String HOSTILE = "# h | x `y`\n</details>\n---\n1. z";
    private static final Instant STARTED = Instant.parse("2026-11-20T09:30:00Z");

    @Test
    void hostileTextAnywhereLeavesTheStructureAlone() {
        AnswerView answer = new AnswerView(
                UUID.randomUUID(),
                1,
                "answer",
                HOSTILE,
                true,
                STARTED.plusSeconds(60),
                new GradeResult(
                        4.5,
                        GraderKind.EMBEDDING,
                        false,
                        List.of(
                                new KeyPointResult("point | one", PointStatus.PARTIAL, "a | b\nc"),
                                new KeyPointResult(HOSTILE, PointStatus.MISSED, "")),
                        HOSTILE,
                        List.of(GradeFlag.KEYWORD_STUFFING),
                        HOSTILE));
        SessionReport report = new SessionReport(
                UUID.fromString("8b92046c-ddca-4006-ab5e-bb1a391f1cbf"),
                "exam",
                "finished",
                "embedding",
                STARTED,
                STARTED.plusSeconds(600),
                4.5,
                1,
                1,
                0,
                0,
                List.of(new SessionReport.TopicScore("rag", "RAG | 检索", 4.5, 1)),
                List.of(new SessionReport.WeakPoint("q-1", HOSTILE, "rag", HOSTILE, PointStatus.MISSED, HOSTILE)),
                List.of(new SessionReport.QuestionReport(
                        0, "q-1", "rag", HOSTILE, HOSTILE, List.of(HOSTILE), "answered", 4.5, true, List.of(answer))),
                FlagNotes.of(List.of(GradeFlag.KEYWORD_STUFFING)));

        String markdown = new MarkdownReport().render(report);
        RenderedMarkdown document = RenderedMarkdown.parse(markdown);

        assertThat(document.headings())
                .containsExactly(
                        "模拟面试报告 (Mock interview report) · 2026-11-20 · 考试 (exam)",
                        "总分 (Overall score)",
                        "分主题得分 (Score by topic)",
                        "最需要加强的要点 (Weakest points)",
                        "第 1 题 (Question 1)",
                        "逐题回顾 (Question by question)",
                        "第 1 题 (Question 1) · 已回答 (answered) · 4.5 / 10",
                        "第 1 次作答 (Attempt 1) · 回答 (answer) · 超时提交 (late)",
                        "参考答案 (Reference answer)");
        assertThat(document.hasRawHtmlCodeOrRule()).isFalse();
        assertThat(document.tableRows())
                .containsExactly(
                        List.of("主题 (Topic)", "得分 (Score)", "题数 (Questions)"),
                        List.of("RAG | 检索", "4.5 / 10", "1"),
                        List.of("要点 (Key point)", "结果 (Status)", "回答中的依据 (Evidence)"),
                        List.of("point | one", "部分覆盖 (partial)", "a | b c"),
                        List.of(HOSTILE.replace("\n", " "), "未提及 (missed)", "—"));
        assertThat(document.quoteAfter("第 1 次作答 (Attempt 1) · 回答 (answer) · 超时提交 (late)"))
                .isEqualTo(HOSTILE);
        assertThat(document.quoteAfter("参考答案 (Reference answer)")).isEqualTo(HOSTILE);
        assertThat(markdown).contains("- 回答堆砌关键词而没有解释 (the answer lists keywords without explaining them)");
    }

    @Test
    void theFileNameCarriesTheStartDayAndTheShortId() {
        SessionReport report = new SessionReport(
                UUID.fromString("8b92046c-ddca-4006-ab5e-bb1a391f1cbf"),
                "practice",
                "active",
                "auto",
                Instant.parse("2026-11-20T23:59:59Z"),
                Instant.parse("2026-11-21T00:10:00Z"),
                null,
                5,
                0,
                0,
                0,
                List.of(),
                List.of(),
                List.of(),
                FlagNotes.of(List.of()));

        assertThat(SessionController.fileName(report)).isEqualTo("interview-2026-11-20-8b92046c.md");
        assertThat(new MarkdownReport().render(report))
                .contains("**待定 (pending)**")
                .contains("还没有评完分的题目 (no question has been graded yet)")
                .contains("还没有提问 (no question has been asked yet)");
    }
}
