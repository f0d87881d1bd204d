package dev.mockinterview.bank;

import java.util.List;

/** The quality status of a question's reference, with the review flags and notes behind it. */
public record Quality(QualityStatus status, List<String> flags, String notes) {
    public Quality {
        flags = List.copyOf(flags);
    }
}
