package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that restricts to one member what a key point allows of several: the point says
 * "同一套代码可对接 OpenAI、开源模型和本地推理服务", the answer "只能对接 OpenAI"; "拉取官方或第三方提供的镜像" against "只能拉官方
 * 镜像"; "如 BERT 或 GPT" against "中文只能用 BERT". The wrong condition is told in the point's own words, so similarity
 * rates it a match.
 *
 * <p>The restriction must be one that excludes ("只能", "只支持", "仅适用于"; a bare "只" is too common in right answers:
 * "LoRA 只训练 A 和 B"), followed in its clause by one member of a list of the point, the clause naming no other
 * member, sharing a word of the point beyond the members, and asserting (no hedge, condition, question or negation);
 * and the answer must nowhere name another member of that list outside a negated clause ("也支持开源模型" puts the
 * list back). Thread-safe and stateless.
 */
final class ListNarrowingCheck {

    /** A restriction that excludes the rest. */
    private static final Pattern ONLY =
            Pattern.compile("只能|只可以|只支持|仅支持|仅能|只适用于|仅适用于|只适合|仅限于|\\bonly (?:supports?|works? with|works? on)\\b");

    /** Words joining the members of a list in a point. */
    private static final Pattern JOINER = Pattern.compile("以及|或者|、|或|和|及|与|/");

    /** Where a point's sentence divides into clauses: a list does not run across them. */
    private static final Pattern CLAUSE = Pattern.compile("[，,；;：:。（）()]");

    /** A clause that hedges, states a condition, asks or reports a belief restricts nothing of its own. */
    private static final Pattern NOT_ASSERTED = Pattern.compile("如果|假如|要是|一旦|的话|除非|可能|也许|或许|好像|似乎|一般|通常|往往|大多|[?？]|吗"
            + "|以为|误区|误解|有人说|\\b(?:if|unless|maybe|usually|often)\\b");

    private static final Pattern NEGATION = Pattern.compile("不|没|无|非|别|\\b(?:not|no|never)\\b|n't");

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index whose list the answer narrows to one member, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer) {
        return claims(points, AnswerText.of(answer));
    }

    /** {@link #claims(List, String)} with the answer's clauses read once per grade. */
    Map<Integer, ContradictingClause> claims(List<String> points, AnswerText answer) {
        List<AnswerClause> clauses = answer.clauses();
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            String point = TermExtractor.normalize(points.get(i));
            Set<String> pointWords = ContradictionCheck.contentWords(point, Map.of());
            for (List<String> members : lists(point)) {
                ContradictingClause claim = narrowing(points.get(i), members, pointWords, answer.text(), clauses);
                if (claim != null) {
                    claims.put(i, claim);
                    break;
                }
            }
        }
        return claims;
    }

    /**
     * @param point the point as the rubric writes it, and {@code answer} the answer as the candidate does: the reason
     *     quotes both as written
     */
    private static @Nullable ContradictingClause narrowing(
            String point, List<String> members, Set<String> pointWords, String answer, List<AnswerClause> clauses) {
        for (AnswerClause clause : clauses) {
            String text = clause.text();
            Matcher only = ONLY.matcher(text);
            if (!only.find() || NOT_ASSERTED.matcher(clause.sentenceSoFar()).find()) {
                continue;
            }
            String restricted = text.substring(only.end());
            List<String> named = members.stream()
                    .filter(m -> WordSearch.contains(restricted, m))
                    .toList();
            if (named.size() != 1
                    || members.stream()
                                    .filter(m -> WordSearch.contains(text, m))
                                    .count()
                            != 1
                    || NEGATION.matcher(restricted.substring(0, WordSearch.find(restricted, named.get(0), 0)))
                            .find()) {
                continue;
            }
            Set<String> shared = ContradictionCheck.contentWords(text, Map.of());
            shared.retainAll(pointWords);
            members.forEach(m -> shared.removeIf(word -> m.contains(word) || word.contains(m)));
            if (shared.isEmpty() || namesAnotherMember(members, named.get(0), clauses)) {
                continue;
            }
            String raw = answer.substring(clause.start(), clause.end());
            return new ContradictingClause(
                    clause.start(),
                    clause.end(),
                    "说「" + Written.at(raw, text, only.start(), only.end()) + "…"
                            + Written.find(raw, named.get(0))
                            + "」，要点是「"
                            + String.join(
                                    "、",
                                    members.stream()
                                            .map(m -> Written.find(point, m))
                                            .toList())
                            + "」都可以");
        }
        return null;
    }

    /** Another member of the list named anywhere in the answer, outside a negated clause. */
    private static boolean namesAnotherMember(List<String> members, String named, List<AnswerClause> clauses) {
        for (AnswerClause clause : clauses) {
            String text = clause.text();
            for (String member : members) {
                if (!member.equals(named)
                        && WordSearch.contains(text, member)
                        && !NEGATION.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The lists of a point: within one clause of it, the words on either side of each joiner ("OpenAI、开源模型和本地"
     * gives openai, 开源, 模型, 本地), a Latin name whole, a Chinese word as its two characters next to the joiner.
     */
    static List<List<String>> lists(String point) {
        List<List<String>> lists = new ArrayList<>();
        for (String part : CLAUSE.split(point)) {
            Set<String> members = new LinkedHashSet<>();
            Matcher joiner = JOINER.matcher(part);
            while (joiner.find()) {
                String left = wordBefore(part, joiner.start());
                String right = wordAfter(part, joiner.end());
                if (left != null && right != null && !left.equals(right)) {
                    members.add(left);
                    members.add(right);
                }
            }
            if (members.size() >= 2) {
                lists.add(List.copyOf(members));
            }
        }
        return lists;
    }

    private static @Nullable String wordBefore(String text, int end) {
        int at = end;
        while (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        int start = at;
        while (start > 0 && isLatin(text.charAt(start - 1))) {
            start--;
        }
        if (start < at) {
            return word(text.substring(start, at));
        }
        return at >= 2 ? cjkWord(text.substring(at - 2, at)) : null;
    }

    private static @Nullable String wordAfter(String text, int start) {
        int at = start;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        int end = at;
        while (end < text.length() && isLatin(text.charAt(end))) {
            end++;
        }
        if (end > at) {
            return word(text.substring(at, end));
        }
        return at + 2 <= text.length() ? cjkWord(text.substring(at, at + 2)) : null;
    }

    private static boolean isLatin(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }

    private static @Nullable String word(String latin) {
        return ContradictionCheck.ENTITY.matcher(latin).matches() && latin.length() >= 2 ? latin : null;
    }

    private static @Nullable String cjkWord(String bigram) {
        return TermExtractor.isCjk(bigram.charAt(0))
                        && TermExtractor.isCjk(bigram.charAt(1))
                        && ContradictionCheck.FUNCTION_CHARS.indexOf(bigram.charAt(0)) < 0
                        && ContradictionCheck.FUNCTION_CHARS.indexOf(bigram.charAt(1)) < 0
                ? bigram
                : null;
    }
}
