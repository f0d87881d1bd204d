package dev.mockinterview.api.bank;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.QuestionQuery;
import dev.mockinterview.bank.Topic;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** Turns raw query parameters into a checked {@link QuestionQuery} and the bank's answers into v1 views. */
@Service
class QuestionCatalog {

    private static final String QUALITY_VALUES =
            Arrays.stream(QualityStatus.values()).map(QualityStatus::wireName).collect(Collectors.joining(", "));

    private final QuestionBank bank;
    private final BankSettings settings;

    QuestionCatalog(@Lazy QuestionBank bank, BankSettings settings) {
        this.bank = bank;
        this.settings = settings;
    }

    List<Topic> topics() {
        return bank.topics();
    }

    QuestionDetail question(String id) {
        return bank.find(id)
                .map(QuestionDetail::of)
                .orElseThrow(() -> new ApiException(
                        ErrorCode.QUESTION_NOT_FOUND, "No question with id '" + id + "'.", Map.of("questionId", id)));
    }

    QuestionPageView search(
            @Nullable String topic,
            @Nullable String text,
            @Nullable Integer difficulty,
            @Nullable String quality,
            @Nullable Integer page,
            @Nullable Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? settings.defaultPageSize() : Math.min(size, settings.maxPageSize());
        if (pageNumber < 0 || pageSize < 1) {
            throw new ApiException(
                    ErrorCode.INVALID_PAGING,
                    "page must be 0 or more and size 1 or more (sizes above " + settings.maxPageSize()
                            + " are capped).",
                    Map.of("maxPageSize", settings.maxPageSize()));
        }
        QuestionQuery query = new QuestionQuery(
                checkedTopic(topic),
                blankToNull(text),
                checkedDifficulty(difficulty),
                checkedQuality(quality),
                pageNumber,
                pageSize);
        var result = bank.query(query);
        return new QuestionPageView(
                result.items().stream().map(QuestionSummary::of).toList(), result.total(), pageNumber, pageSize);
    }

    private @Nullable String checkedTopic(@Nullable String topic) {
        String id = blankToNull(topic);
        if (id != null && bank.topics().stream().noneMatch(t -> t.id().equals(id))) {
            throw new ApiException(
                    ErrorCode.INVALID_FILTER,
                    "Unknown topic '" + id + "'; GET /api/v1/topics lists them.",
                    Map.of("parameter", "topic"));
        }
        return id;
    }

    private static @Nullable Integer checkedDifficulty(@Nullable Integer difficulty) {
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            throw new ApiException(
                    ErrorCode.INVALID_FILTER,
                    "difficulty must be 1 (recall), 2 (explain or compare) or 3 (mechanism or design).",
                    Map.of("parameter", "difficulty"));
        }
        return difficulty;
    }

    private static @Nullable QualityStatus checkedQuality(@Nullable String quality) {
        String value = blankToNull(quality);
        if (value == null) {
            return null;
        }
        try {
            return QualityStatus.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    ErrorCode.INVALID_FILTER,
                    "quality must be one of " + QUALITY_VALUES + ".",
                    Map.of("parameter", "quality"));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
