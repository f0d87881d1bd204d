package dev.mockinterview.bank.importing.corpus;

import dev.mockinterview.bank.importing.DocumentImporter;
import dev.mockinterview.bank.importing.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The five bundled seed documents, read from the classpath the way the service reads them. */
final class BundledCorpus {

    static final List<String> DOCUMENTS = List.of(
            "000_43894fa0e3b128f8.txt",
            "001_c14bfeaf169b6fab.txt",
            "002_28a2a5e8e1db754e.txt",
            "003_b4403f347d043dd9.txt",
            "004_eb227235c22a4492.txt");

    private BundledCorpus() {}

    static byte[] bytes(String document) {
        try (InputStream in = BundledCorpus.class.getResourceAsStream("/corpus/" + document)) {
            if (in == null) {
                throw new IllegalStateException("corpus/" + document + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static ImportResult importBundled(String document) {
        return new DocumentImporter(CorpusFormats.adapters()).importDocument(document, bytes(document), null);
    }
}
