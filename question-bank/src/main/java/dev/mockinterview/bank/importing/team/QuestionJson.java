package dev.mockinterview.bank.importing.team;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.bank.KeyPoint;
import dev.mockinterview.bank.Quality;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.Source;
import dev.mockinterview.bank.importing.ImportException;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ParsedEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Question}, one object per line: written with a fixed field order so that an export is
 * byte-for-byte reproducible, and read back with the defaults below so that a team may write minimal lines.
 *
 * <p>Defaults for absent (or {@code null}) fields: {@code id} is {@code q-} plus the first 12 hex digits of the
 * SHA-256 of the question text, so it survives a re-import; {@code topic} {@value #DEFAULT_TOPIC}; {@code difficulty}
 * {@value #DEFAULT_DIFFICULTY}; {@code referenceAnswer} empty; {@code sources} the JSON Lines document and line;
 * {@code quality} {@code trusted} when there is a reference answer and {@code unanswered} when there is none. A key
 * point may be a plain string; its {@code weight} defaults to 1, {@code required} to false and {@code sourceLine} to
 * 0 (curated). Present fields are taken as they are, so exported questions come back equal.
 */
public final class QuestionJson {

    public static final String DEFAULT_TOPIC = "uncategorized";
    public static final int DEFAULT_DIFFICULTY = 2;

    private static final Set<String> FIELDS = Set.of(
            "id",
            "topic",
            "difficulty",
            "question",
            "variants",
            "referenceAnswer",
            "keyPoints",
            "sources",
            "related",
            "quality");

    private final ObjectMapper mapper = new ObjectMapper();

    /** What reading one line gave: a question (perhaps with doubts worth a look) or the reason it was refused. */
    public sealed interface Reading permits Accepted, Refused {}

    /** Something a person should look at in an accepted line. */
    public record Doubt(ImportFailure failure, String reason) {}

    public record Accepted(Question question, List<Doubt> doubts) implements Reading {
        public Accepted {
            doubts = List.copyOf(doubts);
        }
    }

    public record Refused(String reason) implements Reading {}

    /** One line of JSON, without a line terminator, fields in record order. */
    public String write(Question question) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", question.id());
        node.put("topic", question.topic());
        node.put("difficulty", question.difficulty());
        node.put("question", question.question());
        strings(node.putArray("variants"), question.variants());
        node.put("referenceAnswer", question.referenceAnswer());
        ArrayNode keyPoints = node.putArray("keyPoints");
        for (KeyPoint point : question.keyPoints()) {
            ObjectNode item = keyPoints.addObject();
            item.put("text", point.text());
            item.put("weight", point.weight());
            item.put("required", point.required());
            item.put("sourceLine", point.sourceLine());
        }
        ArrayNode sources = node.putArray("sources");
        for (Source source : question.sources()) {
            ObjectNode item = sources.addObject();
            item.put("document", source.document());
            item.put("line", source.line());
        }
        strings(node.putArray("related"), question.related());
        ObjectNode quality = node.putObject("quality");
        quality.put("status", question.quality().status().wireName());
        strings(quality.putArray("flags"), question.quality().flags());
        quality.put("notes", question.quality().notes());
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of plain strings and numbers always serialises; reaching here is a bug in this class.
            throw new IllegalStateException("cannot write question " + question.id(), e);
        }
    }

    /**
     * Reads one line.
     *
     * @param document the JSON Lines document, the default source of a line that names none
     * @param line the 1-based line number in that document
     */
    public Reading read(String json, String document, int line) {
        JsonNode node;
        try (JsonParser parser = mapper.createParser(json)) {
            // A repeated field would silently keep its last value: refuse it instead.
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            node = mapper.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                return new Refused("more than one JSON value on the line (one object per line)");
            }
        } catch (JsonProcessingException e) {
            return new Refused(malformed(e));
        } catch (IOException e) {
            // Reading from a String does no I/O; keep the line rejected rather than crash the import.
            return new Refused("unreadable line: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            return new Refused("expected one JSON object per line");
        }
        try {
            return accept(node, document, line);
        } catch (FieldProblem e) {
            return new Refused(e.getMessage());
        }
    }

    /**
     * Turns back into a question an entry that {@link JsonLinesAdapter} accepted.
     *
     * @throws ImportException ({@link ImportFailure#MALFORMED_ENTRY}) when the entry did not come from a JSON Lines
     *     document or its line no longer reads
     */
    public Question question(ParsedEntry entry) {
        String json = entry.attributes().get(EntryAttributes.JSONL);
        if (json == null) {
            throw new ImportException(
                    ImportFailure.MALFORMED_ENTRY,
                    entry.document() + ":" + entry.line() + ": not a JSON Lines entry (no jsonl attribute)");
        }
        Reading reading = read(json, entry.document(), entry.line());
        if (reading instanceof Accepted accepted) {
            return accepted.question();
        }
        throw new ImportException(
                ImportFailure.MALFORMED_ENTRY,
                entry.document() + ":" + entry.line() + ": " + ((Refused) reading).reason());
    }

    private Accepted accept(JsonNode node, String document, int line) {
        List<Doubt> doubts = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                doubts.add(new Doubt(ImportFailure.DOUBTFUL_ENTRY, "unknown field \"" + name + "\" ignored"));
            }
        }
        String question = text(node, "question", null);
        if (question == null || question.isBlank()) {
            throw new FieldProblem("missing \"question\"");
        }
        String answer = text(node, "referenceAnswer", "");
        String id = text(node, "id", null);
        if (id == null) {
            id = defaultId(question);
        } else if (id.isBlank()) {
            throw new FieldProblem("\"id\" is blank");
        }
        String topic = text(node, "topic", DEFAULT_TOPIC);
        int difficulty = difficulty(node.get("difficulty"));
        List<String> variants = list(node, "variants", item -> stringItem(item, "variants"));
        List<KeyPoint> keyPoints = list(node, "keyPoints", QuestionJson::keyPoint);
        List<Source> sources = present(node, "sources")
                ? list(node, "sources", QuestionJson::source)
                : List.of(new Source(document, line));
        List<String> related = list(node, "related", item -> stringItem(item, "related"));
        Quality quality = quality(node.get("quality"), answer);
        boolean expectsNoAnswer = present(node, "quality")
                && (quality.status() == QualityStatus.UNANSWERED || quality.status() == QualityStatus.EXPERIENCE);
        if (answer.isBlank() && !expectsNoAnswer) {
            doubts.add(new Doubt(
                    ImportFailure.MISSING_ANSWER,
                    quality.status() == QualityStatus.UNANSWERED
                            ? "no \"referenceAnswer\"; imported unanswered"
                            : "no \"referenceAnswer\" although quality is "
                                    + quality.status().wireName()));
        }
        return new Accepted(
                new Question(id, topic, difficulty, question, variants, answer, keyPoints, sources, related, quality),
                doubts);
    }

    /** Jackson's message names its own source and repeats the location: keep the column and the first sentence. */
    private static String malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        for (String tail : List.of(" at [Source", " (start marker", "\n")) {
            int cut = message.indexOf(tail);
            message = cut < 0 ? message : message.substring(0, cut);
        }
        message = message.strip();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return "malformed JSON" + (column > 0 ? " at column " + column : "") + ": " + message;
    }

    private static boolean present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private static @Nullable String text(JsonNode node, String field, @Nullable String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new FieldProblem("\"" + field + "\" must be a string, got " + kind(value));
        }
        return value.textValue();
    }

    private static int difficulty(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return DEFAULT_DIFFICULTY;
        }
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > 3) {
            throw new FieldProblem("\"difficulty\" must be 1, 2 or 3, got " + value);
        }
        return value.intValue();
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> item) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new FieldProblem("\"" + field + "\" must be an array, got " + kind(value));
        }
        List<T> items = new ArrayList<>();
        value.forEach(element -> items.add(item.apply(element)));
        return items;
    }

    private static String stringItem(JsonNode item, String field) {
        if (!item.isTextual()) {
            throw new FieldProblem("\"" + field + "\" must hold strings, got " + kind(item));
        }
        return item.textValue();
    }

    private static KeyPoint keyPoint(JsonNode item) {
        if (item.isTextual()) {
            return new KeyPoint(nonBlank(item.textValue(), "keyPoints text"), 1.0, false, 0);
        }
        if (!item.isObject()) {
            throw new FieldProblem("\"keyPoints\" must hold objects or strings, got " + kind(item));
        }
        String text = nonBlank(text(item, "text", ""), "keyPoints text");
        JsonNode weight = item.get("weight");
        if (weight != null && !weight.isNull() && !(weight.isNumber() && weight.doubleValue() > 0)) {
            throw new FieldProblem("key point weight must be a positive number, got " + weight);
        }
        JsonNode required = item.get("required");
        if (required != null && !required.isNull() && !required.isBoolean()) {
            throw new FieldProblem("key point \"required\" must be true or false, got " + required);
        }
        return new KeyPoint(
                text,
                weight == null || weight.isNull() ? 1.0 : weight.doubleValue(),
                required != null && required.booleanValue(),
                wholeNumber(item.get("sourceLine"), "key point sourceLine", 0, 0));
    }

    private static Source source(JsonNode item) {
        if (!item.isObject()) {
            throw new FieldProblem("\"sources\" must hold objects {document, line}, got " + kind(item));
        }
        String document = nonBlank(text(item, "document", ""), "source document");
        return new Source(document, wholeNumber(item.get("line"), "source line", 1, -1));
    }

    private static Quality quality(@Nullable JsonNode value, String answer) {
        if (value == null || value.isNull()) {
            return new Quality(answer.isBlank() ? QualityStatus.UNANSWERED : QualityStatus.TRUSTED, List.of(), "");
        }
        if (!value.isObject()) {
            throw new FieldProblem("\"quality\" must be an object {status, flags, notes}, got " + kind(value));
        }
        String status = text(value, "status", null);
        if (status == null) {
            throw new FieldProblem("\"quality\" has no \"status\"");
        }
        QualityStatus parsed = statusOf(status);
        List<String> flags = list(value, "flags", item -> stringItem(item, "quality.flags"));
        return new Quality(parsed, flags, text(value, "notes", ""));
    }

    private static QualityStatus statusOf(String status) {
        for (QualityStatus candidate : QualityStatus.values()) {
            if (candidate.wireName().equals(status.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        List<String> known = new ArrayList<>();
        for (QualityStatus candidate : QualityStatus.values()) {
            known.add(candidate.wireName());
        }
        throw new FieldProblem("unknown quality status \"" + status + "\" (expected one of " + known + ")");
    }

    /** Reads a whole number of at least {@code min}; {@code fallback} below {@code min} means the field is required. */
    private static int wholeNumber(@Nullable JsonNode value, String what, int min, int fallback) {
        if (value == null || value.isNull()) {
            if (fallback < min) {
                throw new FieldProblem(what + " is missing");
            }
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min) {
            throw new FieldProblem(what + " must be a whole number of at least " + min + ", got " + value);
        }
        return value.intValue();
    }

    private static String nonBlank(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            throw new FieldProblem(what + " is blank");
        }
        return text;
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static String defaultId(String question) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(question.strip().getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** A field that breaks the schema; caught in {@link #read} and reported as the line's rejection reason. */
    private static final class FieldProblem extends RuntimeException {
        FieldProblem(String reason) {
            super(reason, null, false, false);
        }
    }
}
