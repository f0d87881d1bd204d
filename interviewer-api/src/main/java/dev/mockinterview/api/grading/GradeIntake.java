package dev.mockinterview.api.grading;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Checks a grade body and turns it into the grader's {@link GradeRequest}: a bank question brings its key points
 * and the quality status of its reference; an inline question is trusted as its sender's own rubric.
 */
@Component
class GradeIntake {

    private final QuestionBank bank;
    private final GradingSettings settings;

    GradeIntake(@Lazy QuestionBank bank, GradingSettings settings) {
        this.bank = bank;
        this.settings = settings;
    }

    GradeRequest toRequest(GradeBody body) {
        String answer = checkedAnswer(body.answer());
        if (body.questionId() != null) {
            if (body.question() != null || body.referenceAnswer() != null || body.keyPoints() != null) {
                throw invalid("Give either questionId or question with referenceAnswer, not both.");
            }
            return fromBank(body.questionId(), answer);
        }
        return inline(body, answer);
    }

    private GradeRequest fromBank(String id, String answer) {
        Question question = bank.find(id)
                .orElseThrow(() -> new ApiException(
                        ErrorCode.QUESTION_NOT_FOUND, "No question with id '" + id + "'.", Map.of("questionId", id)));
        if (question.referenceAnswer().isBlank() && question.keyPoints().isEmpty()) {
            throw new ApiException(
                    ErrorCode.QUESTION_NOT_GRADABLE,
                    "Question '" + id + "' has no reference answer to grade against.",
                    Map.of("questionId", id));
        }
        return new GradeRequest(
                question.question(),
                question.referenceAnswer(),
                question.keyPointTexts(),
                answer,
                referenceQuality(question.quality().status()));
    }

    private GradeRequest inline(GradeBody body, String answer) {
        String question = body.question();
        String reference = body.referenceAnswer();
        if (question == null || question.isBlank() || reference == null || reference.isBlank()) {
            throw invalid("Give questionId, or both question and referenceAnswer.");
        }
        if (chars(question) + chars(reference) > settings.maxReferenceChars()) {
            throw new ApiException(
                    ErrorCode.INVALID_REQUEST,
                    "question and referenceAnswer together may hold at most " + settings.maxReferenceChars()
                            + " characters.",
                    Map.of("limit", settings.maxReferenceChars()));
        }
        List<String> keyPoints = body.keyPoints() == null ? List.of() : body.keyPoints();
        if (keyPoints.size() > settings.maxKeyPoints() || keyPoints.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new ApiException(
                    ErrorCode.INVALID_REQUEST,
                    "keyPoints must hold at most " + settings.maxKeyPoints() + " non-empty statements.",
                    Map.of("limit", settings.maxKeyPoints()));
        }
        return new GradeRequest(
                question.strip(),
                reference.strip(),
                keyPoints.stream().map(String::strip).toList(),
                answer,
                ReferenceQuality.TRUSTED);
    }

    private String checkedAnswer(@Nullable String answer) {
        if (answer == null) {
            throw invalid("answer is required.");
        }
        if (answer.isBlank()) {
            throw new ApiException(ErrorCode.ANSWER_EMPTY, "The answer is empty.");
        }
        int length = chars(answer);
        if (length > settings.maxAnswerChars()) {
            throw new ApiException(
                    ErrorCode.ANSWER_TOO_LONG,
                    "The answer has " + length + " characters; at most " + settings.maxAnswerChars() + " are graded.",
                    Map.of("limit", settings.maxAnswerChars(), "length", length));
        }
        return answer;
    }

    /** Only a trusted reference may mark a point incorrect; the grader applies that rule. */
    static ReferenceQuality referenceQuality(QualityStatus status) {
        return switch (status) {
            case TRUSTED -> ReferenceQuality.TRUSTED;
            case WRONG -> ReferenceQuality.WRONG;
            case SHALLOW -> ReferenceQuality.SHALLOW;
            case UNANSWERED -> ReferenceQuality.UNANSWERED;
            case EXPERIENCE -> ReferenceQuality.EXPERIENCE;
        };
    }

    private static int chars(String text) {
        return text.codePointCount(0, text.length());
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorCode.INVALID_REQUEST, message);
    }
}
