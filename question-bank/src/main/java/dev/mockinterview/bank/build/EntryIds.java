package dev.mockinterview.bank.build;

import dev.mockinterview.bank.dedupe.ComparisonKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids of entries and questions. Bundled documents ({@code 000_43894fa0e3b128f8.txt}) give readable ids {@code
 * q-000-0007} from the document prefix and the question line; the corpus ships unchanged, so they are stable. Other
 * documents give {@code u-} and the first 12 hex digits of SHA-256 over the document name and the comparison key of
 * the question: editing answers or moving a question inside the file keeps its id.
 */
public final class EntryIds {

    private EntryIds() {}

    public static String bundled(String document, int line) {
        return String.format(Locale.ROOT, "q-%s-%04d", document.substring(0, 3), line);
    }

    public static String hashed(String document, String question) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((document + "\n" + ComparisonKey.of(question)).getBytes(StandardCharsets.UTF_8));
            return "u-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
