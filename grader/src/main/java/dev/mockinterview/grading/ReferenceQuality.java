package dev.mockinterview.grading;

/**
 * How far the reference can be trusted. Mirrors the bank's quality status without depending on the bank:
 * only a {@code TRUSTED} reference may mark a point of the answer incorrect.
 */
public enum ReferenceQuality {
    TRUSTED,
    WRONG,
    SHALLOW,
    UNANSWERED,
    EXPERIENCE;

    public boolean canMarkIncorrect() {
        return this == TRUSTED;
    }
}
