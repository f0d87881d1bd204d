package dev.mockinterview.grading.lexical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final String SYNONYMS = "synonyms.tsv";
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*");

    private final List<Concept> concepts;
    private final Map<String, String> canonicalForms;
    private final int longestForm;

    private Glossary(List<Concept> concepts, Map<String, String> canonicalForms) {
        this.concepts = List.copyOf(concepts);
        this.canonicalForms = Map.copyOf(canonicalForms);
        this.longestForm =
                canonicalForms.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The bundled glossary. */
    public static Glossary bundled() {
        try (InputStream in = Objects.requireNonNull(
                        Glossary.class.getResourceAsStream(RESOURCE), "bundled glossary missing: " + RESOURCE);
                InputStream synonyms = Objects.requireNonNull(
                        Glossary.class.getResourceAsStream(SYNONYMS), "bundled synonyms missing: " + SYNONYMS)) {
            return parse(in, synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled glossary", e);
        }
    }

    static Glossary parse(InputStream glossary, InputStream synonyms) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        for (String[] columns : rows(glossary, 3)) {
            concepts.add(new Concept(columns[0], List.of(columns[1].split("\\|")), List.of(columns[2].split("\\|"))));
        }
        Map<String, String> canonicalForms = new HashMap<>();
        for (String[] columns : rows(synonyms, 2)) {
            for (String form : columns[1].split("\\|")) {
                canonicalForms.put(TermExtractor.normalize(form), columns[0]);
            }
        }
        return new Glossary(concepts, canonicalForms);
    }

    private static List<String[]> rows(InputStream in, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalArgumentException(
                            "glossary line needs " + columns + " tab-separated columns: " + line);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The text with every synonym replaced by its set's canonical form, longest form first, in one pass (a canonical
     * form is never replaced again): "人工标注太贵" and "人类反馈代价高" then share 人工 and 成本.
     */
    public String canonical(String normalized) {
        if (longestForm == 0) {
            return normalized;
        }
        StringBuilder out = new StringBuilder(normalized.length());
        int i = 0;
        while (i < normalized.length()) {
            int length = Math.min(longestForm, normalized.length() - i);
            while (length > 0 && !canonicalForms.containsKey(normalized.substring(i, i + length))) {
                length--;
            }
            if (length == 0) {
                out.append(normalized.charAt(i));
                i++;
            } else {
                out.append(canonicalForms.get(normalized.substring(i, i + length)));
                i += length;
            }
        }
        return out.toString();
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
