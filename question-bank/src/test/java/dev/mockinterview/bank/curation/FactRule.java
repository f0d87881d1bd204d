package dev.mockinterview.bank.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code facts.tsv}. A {@code forbidden} rule is a known-wrong statement that must appear in no curated
 * reference; a {@code consistent} rule says that a text matching {@code trigger} must also match {@code required},
 * so every entry that states the fact states it the same way. Each rule carries a wrong example it must catch.
 */
record FactRule(String name, Pattern trigger, @Nullable Pattern required, String example) {

    static List<FactRule> parse(String tsv) {
        List<FactRule> rules = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "forbidden" -> rules.add(new FactRule(f[1], Pattern.compile(f[2]), null, f[3]));
                case "consistent" -> rules.add(new FactRule(f[1], Pattern.compile(f[2]), Pattern.compile(f[3]), f[4]));
                default -> throw new IllegalArgumentException("unknown rule kind: " + line);
            }
        }
        return rules;
    }

    boolean violatedBy(String text) {
        if (!trigger.matcher(text).find()) {
            return false;
        }
        return required == null || !required.matcher(text).find();
    }
}
