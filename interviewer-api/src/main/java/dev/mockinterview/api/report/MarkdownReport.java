package dev.mockinterview.api.report;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The report as a Markdown document a candidate would keep: the score and where it came from first, then what to
 * study (the weakest points with their reference), then every question with the answers, the grade and the
 * reference. Headings are Chinese with the English in parentheses, as the bank is Chinese. Everything not written
 * here (answers, feedback, bank text) goes through {@link MarkdownText}, so it cannot change the structure.
 */
@Component
class MarkdownReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    String render(SessionReport report) {
        StringBuilder out = new StringBuilder(8192);
        header(out, report);
        overall(out, report);
        byTopic(out, report);
        weakest(out, report);
        questions(out, report);
        return out.toString();
    }

    private static void header(StringBuilder out, SessionReport report) {
        out.append("# 模拟面试报告 (Mock interview report) · ")
                .append(DAY.format(report.createdAt()))
                .append(" · ")
                .append(modeWords(report.mode()))
                .append("\n\n");
        out.append("- 开始时间 (Started): ")
                .append(MINUTE.format(report.createdAt()))
                .append('\n');
        out.append("- 状态 (Status): ")
                .append(sessionStatusWords(report.status()))
                .append('\n');
        out.append("- 评分器 (Grader): ")
                .append(MarkdownText.inline(report.grader()))
                .append('\n');
        out.append("- 会话 (Session): ").append(report.sessionId()).append("\n\n");
    }

    private static void overall(StringBuilder out, SessionReport report) {
        out.append("## 总分 (Overall score)\n\n");
        out.append("**").append(score(report.score())).append("**\n\n");
        out.append("共 ")
                .append(report.total())
                .append(" 题 (questions)：已回答 ")
                .append(report.answered())
                .append(" (answered)，跳过或超时 ")
                .append(report.skipped())
                .append(" (skipped or timed out)\n\n");
        if (report.pendingGrades() > 0) {
            out.append("> 还有 ")
                    .append(report.pendingGrades())
                    .append(" 个回答在等待评分，分数稍后给出 (")
                    .append(report.pendingGrades())
                    .append(report.pendingGrades() == 1 ? " answer is" : " answers are")
                    .append(" still waiting for a grade; the score follows once every grade is in).\n\n");
        } else if (report.score() == null) {
            out.append("> 还没有评完分的题目 (no question has been graded yet).\n\n");
        }
    }

    private static void byTopic(StringBuilder out, SessionReport report) {
        if (report.byTopic().isEmpty()) {
            return;
        }
        out.append("## 分主题得分 (Score by topic)\n\n");
        out.append("| 主题 (Topic) | 得分 (Score) | 题数 (Questions) |\n| --- | ---: | ---: |\n");
        for (SessionReport.TopicScore topic : report.byTopic()) {
            out.append("| ")
                    .append(MarkdownText.inline(topic.name()))
                    .append(" | ")
                    .append(score(topic.score()))
                    .append(" | ")
                    .append(topic.questions())
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** The weak points grouped by question, the question of the worst point first, each with its reference. */
    private static void weakest(StringBuilder out, SessionReport report) {
        out.append("## 最需要加强的要点 (Weakest points)\n\n");
        if (report.weakest().isEmpty()) {
            out.append(
                    report.pendingGrades() > 0 || report.score() == null
                            ? "评分完成后列出 (listed once the grades are in).\n\n"
                            : "没有遗漏、部分覆盖或错误的要点 (no key point was missed, partial or wrong).\n\n");
            return;
        }
        Map<String, List<SessionReport.WeakPoint>> byQuestion = new LinkedHashMap<>();
        for (SessionReport.WeakPoint weak : report.weakest()) {
            byQuestion
                    .computeIfAbsent(weak.questionId(), id -> new ArrayList<>())
                    .add(weak);
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        report.questions().forEach(question -> numbers.put(question.questionId(), question.index() + 1));
        byQuestion.forEach((questionId, points) -> {
            SessionReport.WeakPoint first = points.get(0);
            out.append("### 第 ")
                    .append(numbers.getOrDefault(questionId, 0))
                    .append(" 题 (Question ")
                    .append(numbers.getOrDefault(questionId, 0))
                    .append(")\n\n");
            out.append("**题目 (Question):** ")
                    .append(
                            first.question() == null
                                    ? removedQuestion(questionId)
                                    : MarkdownText.inline(first.question()))
                    .append("\n\n");
            for (SessionReport.WeakPoint weak : points) {
                out.append("- **")
                        .append(pointWords(weak.status()))
                        .append("**: ")
                        .append(MarkdownText.inline(weak.point()))
                        .append('\n');
            }
            out.append('\n');
            reference(out, first.referenceAnswer());
        });
    }

    private static void questions(StringBuilder out, SessionReport report) {
        out.append("## 逐题回顾 (Question by question)\n\n");
        if (report.questions().isEmpty()) {
            out.append("还没有提问 (no question has been asked yet).\n\n");
        }
        for (SessionReport.QuestionReport question : report.questions()) {
            int number = question.index() + 1;
            out.append("### 第 ")
                    .append(number)
                    .append(" 题 (Question ")
                    .append(number)
                    .append(") · ")
                    .append(questionStatusWords(question.status()))
                    .append(" · ")
                    .append(score(question.score()))
                    .append("\n\n");
            out.append("- 主题 (Topic): ")
                    .append(MarkdownText.inline(topicName(report, question.topic())))
                    .append('\n');
            out.append("- 题号 (Question id): ")
                    .append(MarkdownText.inline(question.questionId()))
                    .append("\n\n");
            out.append("**题目 (Question):** ")
                    .append(
                            question.question() == null
                                    ? removedQuestion(question.questionId())
                                    : MarkdownText.inline(question.question()))
                    .append("\n\n");
            if (question.answers().isEmpty()) {
                out.append("_没有回答 (no answer)._\n\n");
            }
            for (AnswerView answer : question.answers()) {
                answer(out, answer, report.flagNotes());
            }
            out.append("#### 参考答案 (Reference answer)\n\n");
            if (!question.inBank()) {
                out.append("_此题已从题库移除，以下为评分时使用的参考 (the question has since been removed from the bank;"
                        + " this is the reference its grade used)._\n\n");
            }
            if (question.status().equals("pending") && report.status().equals("active")) {
                out.append("_回答之后显示 (shown once the question is answered)._\n\n");
            } else if (question.referenceAnswer() == null
                    || question.referenceAnswer().isBlank()) {
                out.append("_没有参考答案 (no reference answer)._\n\n");
            } else {
                out.append(MarkdownText.quote(question.referenceAnswer())).append('\n');
            }
            if (!question.keyPoints().isEmpty()) {
                out.append("**要点 (Key points):**\n\n");
                question.keyPoints()
                        .forEach(point -> out.append("- ")
                                .append(MarkdownText.inline(point))
                                .append('\n'));
                out.append('\n');
            }
        }
    }

    private static void answer(StringBuilder out, AnswerView answer, Map<String, String> flagNotes) {
        out.append("#### 第 ")
                .append(answer.attempt())
                .append(" 次作答 (Attempt ")
                .append(answer.attempt())
                .append(") · ")
                .append(kindWords(answer.kind()));
        if (answer.late()) {
            out.append(" · 超时提交 (late)");
        }
        out.append("\n\n");
        out.append(MarkdownText.quote(answer.text())).append('\n');
        GradeResult grade = answer.result();
        if (grade == null) {
            out.append("_等待评分 (waiting for its grade)._\n\n");
            return;
        }
        out.append("**评分 (Grade):** ")
                .append(score(grade.score()))
                .append("，评分器 (grader) ")
                .append(grade.grader().wireName());
        if (grade.degraded()) {
            out.append("，降级 (degraded)");
        }
        out.append("\n\n");
        if (!grade.keyPoints().isEmpty()) {
            out.append("| 要点 (Key point) | 结果 (Status) | 回答中的依据 (Evidence) |\n| --- | --- | --- |\n");
            for (KeyPointResult point : grade.keyPoints()) {
                out.append("| ")
                        .append(MarkdownText.inline(point.text()))
                        .append(" | ")
                        .append(pointWords(point.status()))
                        .append(" | ")
                        .append(MarkdownText.inline(point.evidence()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        if (!grade.flags().isEmpty()) {
            out.append("**提示 (Flags):**\n\n");
            for (GradeFlag flag : grade.flags()) {
                out.append("- ")
                        .append(flagNotes.getOrDefault(flag.wireName(), FlagNotes.explain(flag)))
                        .append('\n');
            }
            out.append('\n');
        }
        if (!grade.feedback().isBlank()) {
            out.append("**反馈 (Feedback):**\n\n")
                    .append(MarkdownText.paragraphs(grade.feedback()))
                    .append('\n');
        }
    }

    private static void reference(StringBuilder out, @Nullable String referenceAnswer) {
        out.append("参考答案 (Reference answer):\n\n");
        if (referenceAnswer == null || referenceAnswer.isBlank()) {
            out.append("_没有参考答案 (no reference answer)._\n\n");
        } else {
            out.append(MarkdownText.quote(referenceAnswer)).append('\n');
        }
    }

    private static String removedQuestion(String questionId) {
        return "_此题 " + MarkdownText.inline(questionId)
                + " 已从题库移除，题目原文不可用 (the question has since been removed from the bank; its text is gone)._";
    }

    private static String topicName(SessionReport report, String topic) {
        return report.byTopic().stream()
                .filter(score -> score.topic().equals(topic))
                .map(SessionReport.TopicScore::name)
                .findFirst()
                .orElse(topic);
    }

    private static String score(@Nullable Double score) {
        return score == null ? "待定 (pending)" : String.format(Locale.ROOT, "%.1f / 10", score);
    }

    private static String modeWords(String mode) {
        return switch (mode) {
            case "practice" -> "练习 (practice)";
            case "exam" -> "考试 (exam)";
            default -> mode;
        };
    }

    private static String sessionStatusWords(String status) {
        return switch (status) {
            case "active" -> "进行中 (active)";
            case "finished" -> "已结束 (finished)";
            case "abandoned" -> "已放弃 (abandoned)";
            default -> status;
        };
    }

    private static String questionStatusWords(String status) {
        return switch (status) {
            case "pending" -> "待回答 (pending)";
            case "answered" -> "已回答 (answered)";
            case "skipped" -> "已跳过 (skipped)";
            case "timed_out" -> "超时未答 (timed out)";
            default -> status;
        };
    }

    private static String kindWords(String kind) {
        return switch (kind) {
            case "answer" -> "回答 (answer)";
            case "follow_up" -> "追问补充 (follow-up)";
            case "retry" -> "重答 (retry)";
            default -> kind;
        };
    }

    private static String pointWords(PointStatus status) {
        return switch (status) {
            case COVERED -> "已覆盖 (covered)";
            case PARTIAL -> "部分覆盖 (partial)";
            case MISSED -> "未提及 (missed)";
            case INCORRECT -> "有误 (incorrect)";
        };
    }
}
