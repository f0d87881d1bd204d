package dev.mockinterview.bank.importing.team;

/**
 * The names of the {@link dev.mockinterview.bank.importing.ParsedEntry#attributes() attributes} the team formats
 * set, so that the bank builder reads them by constant and not by spelling.
 */
public final class EntryAttributes {

    /** The original JSON line of a JSON Lines entry; {@link QuestionJson#question} turns it back into a question. */
    public static final String JSONL = "jsonl";

    public static final String ID = "id";

    public static final String TOPIC = "topic";

    /** {@code 1}, {@code 2} or {@code 3}. */
    public static final String DIFFICULTY = "difficulty";

    /** Key point texts, one per line. */
    public static final String KEY_POINTS = "keyPoints";

    /** The quality status wire name of a JSON Lines entry ({@code trusted}, {@code wrong} ...). */
    public static final String QUALITY = "quality";

    /** {@code "true"} when the answer of a Markdown entry had fenced code, which is kept out of the answer text. */
    public static final String HAS_CODE = "hasCode";

    /** The contents of the answer's code fences, without the fence lines, separated by a blank line. */
    public static final String CODE = "code";

    private EntryAttributes() {}
}
