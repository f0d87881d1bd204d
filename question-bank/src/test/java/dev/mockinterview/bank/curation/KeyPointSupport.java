package dev.mockinterview.bank.curation;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic "is this key point supported by its reference" measure: the share of the point's content tokens
 * (English identifiers and numbers with a letter, CJK bigrams) that also occur in the reference.
 */
record KeyPointSupport(double share, Set<String> missing) {

    static final double THRESHOLD = 0.6;

    private static final Pattern LATIN = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    static KeyPointSupport of(String point, String reference) {
        Set<String> wanted = tokens(point);
        Set<String> present = tokens(reference);
        Set<String> missing = new LinkedHashSet<>(wanted);
        missing.removeAll(present);
        double share = wanted.isEmpty() ? 0 : 1.0 - (double) missing.size() / wanted.size();
        return new KeyPointSupport(share, missing);
    }

    boolean supported() {
        return share >= THRESHOLD;
    }

    static Set<String> tokens(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> tokens = new LinkedHashSet<>();
        Matcher latin = LATIN.matcher(normal);
        while (latin.find()) {
            String token = latin.group();
            if (token.chars().anyMatch(Character::isLetter)) {
                tokens.add(token);
            }
        }
        Matcher han = HAN_RUN.matcher(normal);
        while (han.find()) {
            String run = han.group();
            if (run.length() == 1) {
                tokens.add(run);
            }
            for (int i = 0; i + 2 <= run.length(); i++) {
                tokens.add(run.substring(i, i + 2));
            }
        }
        return tokens;
    }
}
