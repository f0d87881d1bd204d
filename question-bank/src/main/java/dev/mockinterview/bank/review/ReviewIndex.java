package dev.mockinterview.bank.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.importing.LineRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The review file ({@code corpus/review/seeds-review.json}) indexed by entry id and by document and line. */
public final class ReviewIndex {

    public static final String CLASSPATH_LOCATION = "corpus/review/seeds-review.json";

    private final List<ReviewEntry> entries;
    private final Map<String, ReviewEntry> byId;
    private final Map<String, ReviewEntry> byPosition;

    public ReviewIndex(List<ReviewEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, ReviewEntry> ids = new LinkedHashMap<>();
        Map<String, ReviewEntry> positions = new LinkedHashMap<>();
        for (ReviewEntry entry : entries) {
            ids.put(entry.id(), entry);
            positions.put(position(entry.document(), entry.line()), entry);
        }
        this.byId = Map.copyOf(ids);
        this.byPosition = Map.copyOf(positions);
    }

    public static ReviewIndex empty() {
        return new ReviewIndex(List.of());
    }

    /** Reads the bundled review file from the classpath. */
    public static ReviewIndex bundled() {
        try (InputStream in = ReviewIndex.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + CLASSPATH_LOCATION);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReviewIndex read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<ReviewEntry> entries = new ArrayList<>();
        for (JsonNode node : root.path("entries")) {
            List<LineRange> ranges = new ArrayList<>();
            for (JsonNode range : node.path("answer_lines")) {
                ranges.add(new LineRange(range.get(0).asInt(), range.get(1).asInt()));
            }
            List<ReviewFlag> flags = new ArrayList<>();
            for (JsonNode flag : node.path("flags")) {
                flags.add(new ReviewFlag(
                        flag.path("flag").asText(), flag.path("note").asText("")));
            }
            JsonNode section = node.path("section");
            entries.add(new ReviewEntry(
                    node.path("id").asText(),
                    node.path("document").asText(),
                    node.path("line").asInt(),
                    section.isTextual() ? section.asText() : null,
                    node.path("question").asText(),
                    node.path("cluster").asText(),
                    node.path("topic").asText(),
                    node.path("has_answer").asBoolean(),
                    ranges,
                    node.path("answer_chars").asInt(),
                    flags));
        }
        return new ReviewIndex(entries);
    }

    public List<ReviewEntry> entries() {
        return entries;
    }

    public Optional<ReviewEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<ReviewEntry> find(String document, int line) {
        return Optional.ofNullable(byPosition.get(position(document, line)));
    }

    public Set<String> documents() {
        Set<String> documents = new TreeSet<>();
        entries.forEach(e -> documents.add(e.document()));
        return documents;
    }

    public boolean covers(String document) {
        return entries.stream().anyMatch(e -> e.document().equals(document));
    }

    private static String position(String document, int line) {
        return document + ":" + line;
    }
}
