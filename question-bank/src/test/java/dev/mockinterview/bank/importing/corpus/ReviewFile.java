package dev.mockinterview.bank.importing.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.importing.LineRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The hand-checked index of every question entry of the seed corpus (corpus/review/seeds-review.json). */
record ReviewFile(List<Entry> entries) {

    record Entry(String id, String document, int line, String question, List<LineRange> answerLines) {}

    static ReviewFile load() {
        try (InputStream in = ReviewFile.class.getResourceAsStream("/corpus/review/seeds-review.json")) {
            if (in == null) {
                throw new IllegalStateException("corpus/review/seeds-review.json is not on the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode node : root.get("entries")) {
                List<LineRange> ranges = new ArrayList<>();
                for (JsonNode range : node.get("answer_lines")) {
                    ranges.add(new LineRange(range.get(0).asInt(), range.get(1).asInt()));
                }
                entries.add(new Entry(
                        node.get("id").asText(),
                        node.get("document").asText(),
                        node.get("line").asInt(),
                        node.get("question").asText(),
                        ranges));
            }
            return new ReviewFile(entries);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    List<Entry> of(String document) {
        return entries.stream()
                .filter(entry -> entry.document().equals(document))
                .toList();
    }
}
