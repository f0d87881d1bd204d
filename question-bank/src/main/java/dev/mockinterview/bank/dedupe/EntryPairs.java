package dev.mockinterview.bank.dedupe;

import dev.mockinterview.bank.build.BankBuildException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A curated list of entry pairs ({@code bank/merges.tsv}, {@code bank/related.tsv}): one pair a line, {@code id
 * <TAB> id <TAB> reason}; {@code #} starts a comment line.
 */
public record EntryPairs(String name, List<EntryPair> pairs) {
    public EntryPairs {
        pairs = List.copyOf(pairs);
    }

    public static EntryPairs none(String name) {
        return new EntryPairs(name, List.of());
    }

    public static EntryPairs fromClasspath(String location) {
        try (InputStream in = EntryPairs.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new BankBuildException(
                        BankBuildException.Code.RESOURCE_MISSING, location + " is not on the classpath");
            }
            return read(location, in);
        } catch (IOException e) {
            throw new BankBuildException(BankBuildException.Code.RESOURCE_UNREADABLE, location + ": " + e.getMessage());
        }
    }

    public static EntryPairs read(String name, InputStream in) throws IOException {
        List<EntryPair> pairs = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new BankBuildException(
                        BankBuildException.Code.PAIR_LIST_INVALID,
                        name + ":" + number + ": expected id<TAB>id<TAB>reason");
            }
            pairs.add(new EntryPair(cells[0].trim(), cells[1].trim(), cells.length > 2 ? cells[2].trim() : ""));
        }
        return new EntryPairs(name, pairs);
    }
}
