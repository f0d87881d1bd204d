package dev.mockinterview.grading.embedding;

import java.util.regex.Pattern;

/** A model size such as "7B" or "350M": it may name the model ("7B 模型", "LLaMA-7B") rather than be a quantity. */
final class ModelSize {

    /** A model size that names the model ("7B 模型", "LLaMA-7B"): the subject, not a quantity of a slot. */
    static final Pattern SIZE = Pattern.compile("(?<![a-z0-9.])(\\d+(?:\\.\\d+)?)\\s*([bm])(?![a-z])");

    /** After a size naming the model: a model word or a hyphen going on with a name ("7b-chat", not "7b-13b"). */
    private static final Pattern SIZE_NAMES_MODEL =
            Pattern.compile("^\\s*(模型|model|版本|版|llm|基座|大模型|chat|instruct|-(?!\\s*\\d))");

    /** A named subject and a copula before the size, in its clause: the size is stated of that subject. */
    private static final Pattern STATES_SIZE = Pattern.compile("^\\s*[a-z][a-z0-9._-]*\\s*(?:是|为|有|属于)[^，,。；;]{0,8}$");

    private static final Pattern CLAUSE_OPENING = Pattern.compile("^[\\s(（]*(对于|像|以|拿|用)?\\s*$");

    private ModelSize() {}

    /** "7B 模型", "7B 的 LLaMA" at the head of its clause: the model is the subject, its size no slot's value. */
    static boolean namesModel(String text, int start, int end, int to) {
        int clause = ClauseBounds.clauseStart(text, start);
        if (STATES_SIZE.matcher(text.substring(clause, start)).find()) {
            // "BLOOM 是多语言 176B 模型": the size is what the clause says of BLOOM.
            return false;
        }
        if (SIZE_NAMES_MODEL.matcher(text.substring(end, to)).find()) {
            return true;
        }
        return CLAUSE_OPENING.matcher(text.substring(clause, start)).matches();
    }
}
