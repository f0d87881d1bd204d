package dev.mockinterview.grading.embedding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisations that make, release or propose models and methods, in families of aliases (Google and DeepMind are
 * one family, so "谷歌" never contradicts "DeepMind"), read from {@code grading/lexical/organisations.tsv}. Thread-safe
 * and immutable.
 */
final class Organisations {

    private static final String RESOURCE = "/dev/mockinterview/grading/lexical/organisations.tsv";

    /** An organisation named in a text: its family and where (offsets into that text). */
    record Mention(int family, int start, int end, String surface) {}

    private record Alias(int family, Pattern pattern, int length) {}

    private final List<Alias> aliases;

    private Organisations(List<Alias> aliases) {
        // Longest first, so "阿里巴巴" is one mention and "Google DeepMind" is not "Google" and "DeepMind".
        this.aliases = aliases.stream()
                .sorted(Comparator.comparingInt(Alias::length).reversed())
                .toList();
    }

    static Organisations bundled() {
        try (InputStream in = Objects.requireNonNull(
                Organisations.class.getResourceAsStream(RESOURCE), "bundled lexicon missing: " + RESOURCE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled lexicon of organisations", e);
        }
    }

    static Organisations parse(InputStream in) throws IOException {
        List<Alias> aliases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int family = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String alias : line.split("\t")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias(family, alias.strip()));
                    }
                }
                family++;
            }
        }
        return new Organisations(aliases);
    }

    private static Alias alias(int family, String written) {
        boolean exact = written.startsWith("=");
        String alias = exact ? written.substring(1) : written;
        StringBuilder regex = new StringBuilder();
        if (isWordChar(alias.charAt(0))) {
            regex.append("(?<![A-Za-z0-9_+\\-])");
        }
        String[] words = alias.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(words[i]));
        }
        if (isWordChar(alias.charAt(alias.length() - 1))) {
            // "DeepSeek-V3" and "Meta-learning" name no organisation; "by Meta." does.
            regex.append("(?![A-Za-z0-9_+]|[-.][A-Za-z0-9])");
        }
        int flags = exact ? 0 : Pattern.CASE_INSENSITIVE;
        return new Alias(family, Pattern.compile(regex.toString(), flags), alias.length());
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The organisations the text names, left to right, none inside another. */
    List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        for (Alias alias : aliases) {
            Matcher matcher = alias.pattern().matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    found.add(new Mention(alias.family(), start, end, matcher.group()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(found);
    }
}
