package dev.mockinterview.bank.build;

import dev.mockinterview.bank.build.BankBuilder.Member;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks the member of a duplicate cluster whose answer becomes the reference (corpus notes §5, §7.5): an entry with an
 * answer, then one the reviewer did not flag wrong, then by source (002 > 003 > 000 > 001 > 004, the order of
 * reliability the review found; other documents after them, alike), then the answer length closest to 300–800
 * non-space characters, then the first in reading order.
 */
final class CanonicalChoice {

    private static final Map<String, Integer> SOURCE_RANK = Map.of("002", 0, "003", 1, "000", 2, "001", 3, "004", 4);
    private static final int UNRANKED = 5;
    private static final int SHORTEST_GOOD = 300;
    private static final int LONGEST_GOOD = 800;

    private static final Comparator<Member> ORDER = Comparator.<Member>comparingInt(
                    m -> m.entry().hasAnswer() ? 0 : 1)
            .thenComparingInt(m -> m.review() != null && m.review().flagged("wrong") ? 1 : 0)
            .thenComparingInt(CanonicalChoice::sourceRank)
            .thenComparingInt(CanonicalChoice::lengthDistance)
            .thenComparingInt(Member::order);

    Member choose(List<Member> cluster) {
        return cluster.stream().min(ORDER).orElseThrow();
    }

    private static int sourceRank(Member member) {
        if (member.review() == null) {
            return UNRANKED;
        }
        String document = member.entry().document();
        return SOURCE_RANK.getOrDefault(document.length() >= 3 ? document.substring(0, 3) : document, UNRANKED);
    }

    private static int lengthDistance(Member member) {
        int length = (int) member.entry()
                .answer()
                .codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .count();
        if (length < SHORTEST_GOOD) {
            return SHORTEST_GOOD - length;
        }
        return Math.max(0, length - LONGEST_GOOD);
    }
}
