package dev.mockinterview.bank.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Imports one document: decodes it, picks the adapter whose signature is strongest (or the forced one) and lets it
 * parse. Never throws on bad input; everything it could not import is an {@link ImportProblem}.
 */
public final class DocumentImporter {

    /** Binary files decode to text too (GB18030 accepts almost any bytes); this many control characters says no. */
    private static final double MAX_CONTROL_CHARACTER_SHARE = 0.01;

    private final List<FormatAdapter> adapters;
    private final TextDecoder decoder = new TextDecoder();

    public DocumentImporter(List<FormatAdapter> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    public ImportResult importFile(Path path, @Nullable String forcedFormat) {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | RuntimeException unreadable) {
            return rejected(name, "none", ImportFailure.UNREADABLE, "cannot read file: " + unreadable.getMessage());
        }
        return importDocument(name, bytes, forcedFormat);
    }

    public ImportResult importDocument(String name, byte[] bytes, @Nullable String forcedFormat) {
        if (bytes.length == 0) {
            return rejected(name, "none", ImportFailure.UNREADABLE, "empty file");
        }
        SourceDocument document = decoder.decode(name, bytes);
        Optional<Integer> binaryLine = firstBinaryLine(document);
        if (binaryLine.isPresent()) {
            return rejected(
                    name, "none", ImportFailure.UNREADABLE, "binary content, not a text document", binaryLine.get());
        }
        if (forcedFormat != null) {
            return adapters.stream()
                    .filter(adapter -> adapter.format().equals(forcedFormat))
                    .findFirst()
                    .map(adapter -> safeParse(adapter, document))
                    .orElseGet(() -> rejected(
                            name,
                            forcedFormat,
                            ImportFailure.UNKNOWN_FORMAT,
                            "unknown format '" + forcedFormat + "'; known formats: " + knownFormats()));
        }
        return pick(document)
                .map(adapter -> safeParse(adapter, document))
                .orElseGet(() -> rejected(
                        name,
                        "none",
                        ImportFailure.UNKNOWN_FORMAT,
                        "unknown format: no layout recognised (tried " + knownFormats()
                                + "); force one with a format name"));
    }

    private Optional<FormatAdapter> pick(SourceDocument document) {
        List<Scored> scored = adapters.stream()
                .map(adapter -> new Scored(adapter, safeSignature(adapter, document)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .toList();
        if (scored.isEmpty() || scored.get(0).score() <= 0) {
            return Optional.empty();
        }
        if (scored.size() > 1 && scored.get(1).score() == scored.get(0).score()) {
            return Optional.empty();
        }
        return Optional.of(scored.get(0).adapter());
    }

    private record Scored(FormatAdapter adapter, double score) {}

    private static double safeSignature(FormatAdapter adapter, SourceDocument document) {
        try {
            return adapter.signature(document);
        } catch (RuntimeException broken) {
            return 0;
        }
    }

    private static ImportResult safeParse(FormatAdapter adapter, SourceDocument document) {
        try {
            return adapter.parse(document);
        } catch (RuntimeException broken) {
            return rejected(
                    document.name(),
                    adapter.format(),
                    ImportFailure.MALFORMED_ENTRY,
                    "the " + adapter.format() + " reader failed: " + broken.getMessage());
        }
    }

    private String knownFormats() {
        return adapters.stream().map(FormatAdapter::format).collect(Collectors.joining(", "));
    }

    private static Optional<Integer> firstBinaryLine(SourceDocument document) {
        long characters = 0;
        long control = 0;
        int firstControlLine = 0;
        for (int n = 1; n <= document.lineCount(); n++) {
            String line = document.line(n);
            characters += line.length() + 1;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean isControl = c == 0 || (c < 0x20 && c != '\t') || c == '\uFFFD';
                if (isControl) {
                    control++;
                    if (firstControlLine == 0) {
                        firstControlLine = n;
                    }
                }
            }
        }
        boolean binary = control > 0 && (double) control / Math.max(1, characters) > MAX_CONTROL_CHARACTER_SHARE;
        return binary ? Optional.of(firstControlLine) : Optional.empty();
    }

    private static ImportResult rejected(String name, String format, ImportFailure failure, String reason) {
        return rejected(name, format, failure, reason, 1);
    }

    private static ImportResult rejected(String name, String format, ImportFailure failure, String reason, int line) {
        Problems problems = new Problems(name);
        problems.reject(line, failure, reason);
        return new ImportResult(name, format, List.of(), problems.list());
    }
}
