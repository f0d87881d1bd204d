package dev.mockinterview.grading.lexical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small bilingual glossary of LLM concepts: "残差" and "residual" are the same concept, so an English answer to
 * a Chinese question, or a Chinese answer that names the concept in English, is matched on meaning, which the
 * Chinese embedding model alone does poorly.
 */
public final class Glossary {

    private static final String RESOURCE = "glossary.tsv";
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*");

    private final List<Concept> concepts;

    private Glossary(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
    }

    /** The bundled glossary. */
    public static Glossary bundled() {
        try (InputStream in = Objects.requireNonNull(
                Glossary.class.getResourceAsStream(RESOURCE), "bundled glossary missing: " + RESOURCE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled glossary", e);
        }
    }

    static Glossary parse(InputStream in) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new IllegalArgumentException("glossary line needs 3 tab-separated columns: " + line);
                }
                concepts.add(
                        new Concept(columns[0], List.of(columns[1].split("\\|")), List.of(columns[2].split("\\|"))));
            }
        }
        return new Glossary(concepts);
    }

    /** The concepts named in a normalized (lower-case, NFKC) text, in either language. */
    public Set<String> conceptsIn(String normalized) {
        List<String> words = words(normalized);
        String wordLine = " " + String.join(" ", words) + " ";
        Set<String> found = new HashSet<>();
        for (Concept concept : concepts) {
            if (concept.isNamedIn(normalized, wordLine)) {
                found.add(concept.id());
            }
        }
        return found;
    }

    private static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(normalized.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private record Concept(String id, List<String> chinese, List<String> english) {

        boolean isNamedIn(String normalized, String wordLine) {
            for (String form : chinese) {
                if (!form.isEmpty() && normalized.contains(form)) {
                    return true;
                }
            }
            for (String form : english) {
                String probe = form.endsWith("$") ? " " + form.substring(0, form.length() - 1) + " " : " " + form;
                if (wordLine.contains(probe)) {
                    return true;
                }
            }
            return false;
        }
    }
}
