package dev.mockinterview.grading.lexical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
    /**
     * The synonym forms by their first character, longest first: {@link #canonical} tries only the forms that can
     * start where it stands instead of every substring up to the longest form's length.
     */
    private final Map<Character, List<String>> formsByFirstChar;
    /** The concepts' Chinese forms by their first character, so a text is read once for all of them. */
    private final Map<Character, List<ChineseForm>> chineseFormsByFirstChar;
    /** The concepts' English probes by the character after their leading blank. */
    private final Map<Character, List<EnglishProbe>> englishProbesBySecondChar;
    /** The keys of the maps by first character, read without boxing every character of a text. */
    private final BitSet synonymFirstChars;

    private final BitSet chineseFirstChars;
    /** The concepts with a probe of a blank alone (none in the bundled glossary). */
    private final List<Integer> conceptsWithShortProbes;

    private Glossary(List<Concept> concepts, Map<String, String> canonicalForms) {
        this.concepts = List.copyOf(concepts);
        this.canonicalForms = Map.copyOf(canonicalForms);
        Map<Character, List<String>> byFirstChar = new HashMap<>();
        for (String form : canonicalForms.keySet()) {
            if (!form.isEmpty()) {
                byFirstChar
                        .computeIfAbsent(form.charAt(0), c -> new ArrayList<>())
                        .add(form);
            }
        }
        byFirstChar.replaceAll((c, forms) -> forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
        this.formsByFirstChar = Map.copyOf(byFirstChar);
        Map<Character, List<ChineseForm>> chineseByFirstChar = new HashMap<>();
        for (int c = 0; c < this.concepts.size(); c++) {
            for (String form : this.concepts.get(c).chinese()) {
                if (!form.isEmpty()) {
                    chineseByFirstChar
                            .computeIfAbsent(form.charAt(0), first -> new ArrayList<>())
                            .add(new ChineseForm(form, c));
                }
            }
        }
        chineseByFirstChar.replaceAll((first, forms) -> List.copyOf(forms));
        this.chineseFormsByFirstChar = Map.copyOf(chineseByFirstChar);
        Map<Character, List<EnglishProbe>> englishBySecondChar = new HashMap<>();
        for (int c = 0; c < this.concepts.size(); c++) {
            for (String probe : this.concepts.get(c).englishProbes()) {
                if (probe.length() >= 2) {
                    englishBySecondChar
                            .computeIfAbsent(probe.charAt(1), second -> new ArrayList<>())
                            .add(new EnglishProbe(probe, c));
                }
            }
        }
        englishBySecondChar.replaceAll((second, probes) -> List.copyOf(probes));
        this.englishProbesBySecondChar = Map.copyOf(englishBySecondChar);
        this.synonymFirstChars = charSet(formsByFirstChar.keySet());
        this.chineseFirstChars = charSet(chineseFormsByFirstChar.keySet());
        List<Integer> shortProbes = new ArrayList<>();
        for (int c = 0; c < this.concepts.size(); c++) {
            if (this.concepts.get(c).englishProbes().stream().anyMatch(probe -> probe.length() < 2)) {
                shortProbes.add(c);
            }
        }
        this.conceptsWithShortProbes = List.copyOf(shortProbes);
    }

    private static BitSet charSet(Set<Character> chars) {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        chars.forEach(set::set);
        return set;
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
            concepts.add(Concept.of(columns[0], List.of(columns[1].split("\\|")), List.of(columns[2].split("\\|"))));
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
        if (formsByFirstChar.isEmpty()) {
            return normalized;
        }
        StringBuilder out = new StringBuilder(normalized.length());
        int i = 0;
        while (i < normalized.length()) {
            String form = longestFormAt(normalized, i);
            if (form == null) {
                out.append(normalized.charAt(i));
                i++;
            } else {
                out.append(canonicalForms.get(form));
                i += form.length();
            }
        }
        return out.toString();
    }

    /** The longest synonym form that the text has at this offset, if any (two forms of one length differ). */
    private @Nullable String longestFormAt(String text, int offset) {
        if (!synonymFirstChars.get(text.charAt(offset))) {
            return null;
        }
        List<String> forms = formsByFirstChar.get(text.charAt(offset));
        if (forms != null) {
            for (String form : forms) {
                if (text.startsWith(form, offset)) {
                    return form;
                }
            }
        }
        return null;
    }

    /** The concepts named in a normalized (lower-case, NFKC) text, in either language. */
    public Set<String> conceptsIn(String normalized) {
        boolean[] named = new boolean[concepts.size()];
        // Chinese forms are substrings: only those starting with the character at hand are tried.
        for (int i = 0; i < normalized.length(); i++) {
            if (!chineseFirstChars.get(normalized.charAt(i))) {
                continue;
            }
            for (ChineseForm form : chineseFormsByFirstChar.get(normalized.charAt(i))) {
                if (!named[form.concept()] && normalized.startsWith(form.text(), i)) {
                    named[form.concept()] = true;
                }
            }
        }
        // English probes start with a blank: only those whose next character follows a blank of the line are tried.
        String wordLine = " " + String.join(" ", words(normalized)) + " ";
        for (int i = 0; i + 1 < wordLine.length(); i++) {
            if (wordLine.charAt(i) == ' ') {
                for (EnglishProbe probe : englishProbesBySecondChar.getOrDefault(wordLine.charAt(i + 1), List.of())) {
                    if (!named[probe.concept()] && wordLine.startsWith(probe.text(), i)) {
                        named[probe.concept()] = true;
                    }
                }
            }
        }
        for (int c : conceptsWithShortProbes) {
            named[c] = named[c] || concepts.get(c).isNamedByShortProbe(wordLine);
        }
        Set<String> found = new HashSet<>();
        for (int c = 0; c < concepts.size(); c++) {
            if (named[c]) {
                found.add(concepts.get(c).id());
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

    /**
     * @param englishProbes each English form as it is sought in the line of words: " form" (a word or words that
     *     start there), or " form " for a form ending in "$" (whole words only)
     */
    private record Concept(String id, List<String> chinese, List<String> englishProbes) {

        static Concept of(String id, List<String> chinese, List<String> english) {
            return new Concept(
                    id,
                    chinese,
                    english.stream()
                            .map(form ->
                                    form.endsWith("$") ? " " + form.substring(0, form.length() - 1) + " " : " " + form)
                            .toList());
        }

        /** A probe of a blank alone (an empty form), which the index by second character cannot hold. */
        boolean isNamedByShortProbe(String wordLine) {
            for (String probe : englishProbes) {
                if (probe.length() < 2 && wordLine.contains(probe)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An English probe of the concept at this index of the glossary. */
    private record EnglishProbe(String text, int concept) {}

    /** A Chinese form of the concept at this index of the glossary. */
    private record ChineseForm(String text, int concept) {}
}
