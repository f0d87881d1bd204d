package dev.mockinterview.bank.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.curation.CurationException.Code;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads curated reference files: JSON Lines, one {@link CuratedReference} per line, blank lines and lines starting
 * with {@code #} ignored. The bundled files are listed in {@code bank/curated/index.txt}; teams read their own
 * correction files, in the same format, with {@link #read(String, InputStream)}.
 */
public final class CuratedReferences {

    static final String BUNDLED_DIRECTORY = "bank/curated/";
    static final String BUNDLED_INDEX = BUNDLED_DIRECTORY + "index.txt";

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Loads every bundled curated file, in index order. */
    public static List<CuratedReference> loadBundled() {
        CuratedReferences reader = new CuratedReferences();
        List<CuratedReference> all = new ArrayList<>();
        for (String fileName : reader.bundledFileNames()) {
            try (InputStream in = open(BUNDLED_DIRECTORY + fileName)) {
                all.addAll(reader.read(fileName, in));
            } catch (IOException e) {
                throw new CurationException(Code.UNREADABLE, fileName, 0, e.getMessage(), e);
            }
        }
        return List.copyOf(all);
    }

    List<String> bundledFileNames() {
        List<String> names = new ArrayList<>();
        try (BufferedReader lines = reader(open(BUNDLED_INDEX))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new CurationException(Code.UNREADABLE, BUNDLED_INDEX, 0, e.getMessage(), e);
        }
        return names;
    }

    /** Reads one JSONL file of curated references; {@code fileName} only labels errors. */
    public List<CuratedReference> read(String fileName, InputStream in) {
        List<CuratedReference> entries = new ArrayList<>();
        try (BufferedReader lines = reader(in)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    entries.add(parse(fileName, number, text));
                }
            }
        } catch (IOException e) {
            throw new CurationException(Code.UNREADABLE, fileName, 0, e.getMessage(), e);
        }
        return entries;
    }

    private CuratedReference parse(String fileName, int line, String text) {
        CuratedReference entry;
        try {
            entry = mapper.readValue(text, CuratedReference.class);
        } catch (JsonProcessingException e) {
            throw new CurationException(Code.MALFORMED_LINE, fileName, line, e.getOriginalMessage(), e);
        }
        String problem = problemOf(entry);
        if (problem != null) {
            throw new CurationException(Code.INVALID_ENTRY, fileName, line, problem);
        }
        return entry;
    }

    // Jackson leaves absent fields null even where the record says otherwise, so each required one is checked.
    private static @Nullable String problemOf(CuratedReference entry) {
        if ((entry.appliesTo() == null) == (entry.id() == null)) {
            return "exactly one of appliesTo and id must be given";
        }
        if (isBlank(entry.question()) || isBlank(entry.topic()) || isBlank(entry.referenceAnswer())) {
            return "question, topic and referenceAnswer are required";
        }
        if (isBlank(entry.originalProblem())) {
            return "originalProblem is required";
        }
        if (entry.keyPoints().isEmpty() || entry.sources().isEmpty()) {
            return "keyPoints and sources must not be empty";
        }
        if (entry.difficulty() < 1 || entry.difficulty() > 3) {
            return "difficulty must be 1, 2 or 3";
        }
        return null;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static InputStream open(String resource) {
        InputStream in = CuratedReferences.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new CurationException(Code.FILE_MISSING, resource, 0, "not on the classpath");
        }
        return in;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
