package dev.mockinterview.bank.dedupe;

/** Two entry ids, unordered, with the reason a reviewer linked them. */
public record EntryPair(String first, String second, String reason) {
    public EntryPair {
        if (first.compareTo(second) > 0) {
            String swap = first;
            first = second;
            second = swap;
        }
    }

    public boolean involves(String id) {
        return first.equals(id) || second.equals(id);
    }
}
