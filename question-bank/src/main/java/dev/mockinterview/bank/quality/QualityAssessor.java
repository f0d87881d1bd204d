package dev.mockinterview.bank.quality;

import dev.mockinterview.bank.Quality;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.review.ReviewFlag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides how far a question's chosen reference can be trusted, from the review flags of the chosen entry and from
 * automatic checks that also work on documents nobody reviewed.
 *
 * <p>First match wins: {@code experience} (reviewer flag, the grading note {@code 仅供参考}, or wording that asks
 * about the candidate's own work); {@code unanswered} (no answer, only a URL, or a placeholder); {@code wrong}
 * (reviewer flag on the chosen reference); {@code shallow} (reviewer flag, or fewer than {@value #SHALLOW_CHARS}
 * non-space characters); otherwise {@code trusted}.
 */
public final class QualityAssessor {

    static final int SHALLOW_CHARS = 70;

    private static final Pattern EXPERIENCE_WORDING = Pattern.compile(
            "你(比较)?关注|你在|你做过|你做了|有做过|是否(有)?接触|有没有接触|有接触|你的项目|遇到过|用过哪些|装过哪些|导入过哪些|你比较了解|落地案例|用的什么模型|怎么搭建的");
    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("^(待补充|待完善|todo|tbd|略|暂无|无|空|见上|同上|待更新|\\.\\.\\.|…+)[。.！!]?$", Pattern.CASE_INSENSITIVE);

    /** What the assessor looks at for one question. */
    public record Evidence(
            String question,
            String answer,
            List<ReviewFlag> reviewFlags,
            boolean noteSaysSample,
            @Nullable String gradingNote) {
        public Evidence {
            reviewFlags = List.copyOf(reviewFlags);
        }
    }

    public Quality assess(Evidence evidence) {
        Set<String> flags = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (ReviewFlag flag : evidence.reviewFlags()) {
            flags.add(flag.flag());
            if (!flag.note().isBlank()) {
                notes.add(flag.flag() + ": " + flag.note());
            }
        }
        if (evidence.gradingNote() != null) {
            notes.add("grading note: " + evidence.gradingNote());
        }
        String answer = evidence.answer().strip();
        String withoutUrls = URL.matcher(answer).replaceAll("").strip();
        int chars = nonSpaceLength(answer);
        QualityStatus status;
        if (flags.contains("experience")
                || evidence.noteSaysSample()
                || EXPERIENCE_WORDING.matcher(evidence.question()).find()) {
            if (!flags.contains("experience")) {
                flags.add("experience");
            }
            status = QualityStatus.EXPERIENCE;
        } else if (answer.isEmpty()) {
            flags.add("missing_answer");
            status = QualityStatus.UNANSWERED;
        } else if (withoutUrls.isEmpty() || nonSpaceLength(withoutUrls) < 4) {
            flags.add("url_only");
            status = QualityStatus.UNANSWERED;
        } else if (PLACEHOLDER.matcher(withoutUrls).matches()) {
            flags.add("placeholder");
            status = QualityStatus.UNANSWERED;
        } else if (flags.contains("wrong")) {
            status = QualityStatus.WRONG;
        } else if (flags.contains("shallow")) {
            status = QualityStatus.SHALLOW;
        } else if (chars < SHALLOW_CHARS) {
            flags.add("shallow");
            notes.add("shallow: reference has only " + chars + " characters");
            status = QualityStatus.SHALLOW;
        } else {
            status = QualityStatus.TRUSTED;
        }
        return new Quality(status, List.copyOf(flags), String.join("; ", notes));
    }

    static int nonSpaceLength(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
