package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a key point restricts ("RoPE 只作用于 q 和 k") or quantifies ("冻结预训练模型的全部原有参数").
 *
 * @param only the point restricts ("只"), else it quantifies all ("全部")
 * @param action the restricted action
 * @param quoted the point's words for the reason
 * @param part the restricted part's words ("q", "k"); empty for a totality
 * @param excluded the words of what the point excludes from the action ("v", "原权重")
 * @param slot the other words of the restricting clause (the verb's object, "loss")
 * @param words every content word of the point
 * @param point the normalized point
 */
record Scope(
        boolean only,
        ScopeAction action,
        String quoted,
        Set<String> part,
        Set<String> excluded,
        Set<String> slot,
        Set<String> words,
        String point) {

    /** The restricted part's head noun: its last Chinese word ("参数" of "少量新增参数"). */
    @Nullable
    String head() {
        String head = null;
        for (String word : part) {
            if (TermExtractor.isCjk(word.charAt(0))) {
                head = word;
            }
        }
        return head;
    }
}
