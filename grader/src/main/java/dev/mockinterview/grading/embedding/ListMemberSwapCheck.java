package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a clause of the answer that files one point's named members under another point's heading: the rubric has
 * "预训练网页语料：Common Crawl、C4、RefinedWeb" and "SFT / 指令数据：Alpaca、Dolly-15k、ShareGPT", the answer "预训练阶段主要用
 * Alpaca、ShareGPT 这类大规模网页语料". Every name is one of the rubric's, so similarity and the other checks see a
 * match; what is wrong is which heading they stand under.
 *
 * <p>Both points must be labelled lists ("标签：…" with at least two English names each). The clause must name at least
 * two members of the second point and none of the first, share at least two words with the first point's label and
 * none with the second's, and assert (no negation, hedge, condition or question in its sentence so far). The second
 * point is then incorrect, with the clause as evidence. Thread-safe and stateless.
 */
final class ListMemberSwapCheck {

    /** A point's label: what its list is a list of. */
    private static final Pattern LABEL = Pattern.compile("^([^：:。，,]{2,16})[：:]");

    private static final Pattern NOT_ASSERTED =
            Pattern.compile("不|没|无|非|别|如果|假如|要是|的话|可能|也许|好像|似乎|[?？]|吗|\\b(?:not|no|if|maybe)\\b");

    /** A labelled point that lists named things: its label as the rubric writes it, the label's words, its names. */
    private record ListPoint(int index, String label, Set<String> labelWords, Set<String> members) {}

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index whose members the answer files under another point's label, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer) {
        return claims(points, AnswerText.of(answer));
    }

    /** {@link #claims(List, String)} with the answer's clauses read once per grade. */
    Map<Integer, ContradictingClause> claims(List<String> points, AnswerText answer) {
        List<ListPoint> lists = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String point = TermExtractor.normalize(points.get(i));
            Matcher label = LABEL.matcher(point);
            if (!label.find()) {
                continue;
            }
            Set<String> members = names(point.substring(label.end()));
            if (members.size() >= 2) {
                lists.add(new ListPoint(
                        i, label(points.get(i)), ContradictionCheck.contentWords(label.group(1), Map.of()), members));
            }
        }
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        if (lists.size() < 2) {
            return claims;
        }
        for (AnswerClause clause : answer.clauses()) {
            if (NOT_ASSERTED.matcher(clause.sentenceSoFar()).find()) {
                continue;
            }
            String text = clause.text();
            Set<String> named = names(text);
            Set<String> words = ContradictionCheck.contentWords(text, Map.of());
            for (ListPoint heading : lists) {
                if (ContradictionCheck.shared(words, heading.labelWords()) < 2
                        || named.stream().anyMatch(heading.members()::contains)) {
                    continue;
                }
                for (ListPoint owner : lists) {
                    if (owner == heading || claims.containsKey(owner.index())) {
                        continue;
                    }
                    // The clause names none of the heading's members (above), so all it names of the owner's is filed.
                    Set<String> filed = new HashSet<>(named);
                    filed.retainAll(owner.members());
                    if (filed.size() >= 2 && ContradictionCheck.shared(words, owner.labelWords()) == 0) {
                        // The names as the candidate wrote them ("Alpaca、ShareGPT"), in a stable order.
                        String raw = answer.text().substring(clause.start(), clause.end());
                        List<String> written = new TreeSet<>(filed)
                                .stream().map(name -> Written.find(raw, name)).toList();
                        claims.put(
                                owner.index(),
                                new ContradictingClause(
                                        clause.start(),
                                        clause.end(),
                                        "把「" + String.join("、", written) + "」归到了「" + heading.label() + "」"));
                    }
                }
            }
        }
        return claims;
    }

    private static String label(String point) {
        Matcher label = LABEL.matcher(point.strip());
        return label.find() ? label.group(1).strip() : "";
    }

    /** The English names of a text of two letters or more, as normalized text spells them ("common", "c4"). */
    private static Set<String> names(String text) {
        Set<String> names = ContradictionCheck.englishTerms(text);
        names.removeIf(name -> name.length() < 2);
        return names;
    }
}
