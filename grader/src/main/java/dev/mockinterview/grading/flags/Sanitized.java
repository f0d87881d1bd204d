package dev.mockinterview.grading.flags;

import java.util.List;

/**
 * An answer with injected instructions blanked out. Blanking keeps every offset, so evidence quoted from the
 * sanitized text is still a verbatim quote of what the candidate wrote.
 *
 * @param text the answer with removed stretches replaced by spaces, same length as the original
 * @param removed what was removed, verbatim, for the record
 */
public record Sanitized(String text, List<String> removed) {

    public Sanitized {
        removed = List.copyOf(removed);
    }

    public boolean injected() {
        return !removed.isEmpty();
    }
}
