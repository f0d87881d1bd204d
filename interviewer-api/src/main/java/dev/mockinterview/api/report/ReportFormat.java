package dev.mockinterview.api.report;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a report is sent as: the JSON the page reads, or a Markdown document to download and keep. */
enum ReportFormat {
    JSON,
    MARKDOWN;

    static ReportFormat parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "markdown" -> MARKDOWN;
            default ->
                throw new ApiException(
                        ErrorCode.INVALID_REQUEST,
                        "Unknown report format '" + value + "'; use json or markdown.",
                        Map.of("parameter", "format"));
        };
    }
}
