package dev.mockinterview.bank.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a user's own files before they are imported: {@code [--format NAME] FILE...}. Prints one line per problem,
 * {@code file:line: rejected|doubtful: reason}, then a summary per file (and a total for several files). Exit code 0
 * when nothing was rejected, 1 when something was, 2 on a usage error (no file, a missing file, an unknown option or
 * format).
 *
 * <p>From the project root: {@code ./mvnw -q -pl question-bank compile exec:java -Dexec.args="path/to/file.csv"}.
 */
public final class ValidateCommand {

    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: validate [--format NAME] FILE...";

    private final List<FormatAdapter> adapters;
    private final PrintStream out;
    private final PrintStream err;

    public ValidateCommand(List<FormatAdapter> adapters, PrintStream out, PrintStream err) {
        this.adapters = List.copyOf(adapters);
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int status = new ValidateCommand(AllFormats.adapters(), System.out, System.err).run(args);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command and returns its exit code; never calls {@link System#exit}. */
    public int run(String... args) {
        @Nullable String format = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                out.println("formats: " + formats());
                return OK;
            } else if (arg.equals("--format") || arg.startsWith("--format=")) {
                if (arg.equals("--format") && i + 1 >= args.length) {
                    return usage("--format needs a format name");
                }
                format = arg.equals("--format") ? args[++i] : arg.substring("--format=".length());
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return usage("unknown option " + arg);
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            return usage("no file given");
        }
        if (format != null && !formats().contains(format)) {
            return usage("unknown format '" + format + "'; known formats: " + String.join(", ", formats()));
        }
        for (String file : files) {
            if (!Files.isRegularFile(Path.of(file))) {
                return usage("no such file: " + file);
            }
        }
        DocumentImporter importer = new DocumentImporter(adapters);
        Tally total = new Tally(0, 0, 0);
        for (String file : files) {
            ImportResult result = importer.importFile(Path.of(file), format);
            for (ImportProblem problem : result.problems()) {
                out.println(file + ":" + problem.line() + ": " + severity(problem) + ": " + problem.reason());
            }
            Tally tally = Tally.of(result);
            out.println(file + ": " + describe(result) + ": " + tally);
            total = total.plus(tally);
        }
        if (files.size() > 1) {
            out.println("total: " + total);
        }
        return total.rejected() > 0 ? REJECTED : OK;
    }

    private record Tally(int accepted, int rejected, int doubtful) {
        static Tally of(ImportResult result) {
            int rejected = 0;
            int doubtful = 0;
            for (ImportProblem problem : result.problems()) {
                if (problem.severity() == ImportProblem.Severity.REJECTED) {
                    rejected++;
                } else {
                    doubtful++;
                }
            }
            return new Tally(result.entries().size(), rejected, doubtful);
        }

        Tally plus(Tally other) {
            return new Tally(accepted + other.accepted, rejected + other.rejected, doubtful + other.doubtful);
        }

        @Override
        public String toString() {
            return accepted + " entries accepted, " + rejected + " rejected, " + doubtful + " doubtful";
        }
    }

    private boolean known(String format) {
        return formats().contains(format);
    }

    private List<String> formats() {
        return adapters.stream().map(FormatAdapter::format).collect(Collectors.toList());
    }

    private String describe(ImportResult result) {
        return known(result.format()) ? "read as " + result.format() : "format not recognised";
    }

    private static String severity(ImportProblem problem) {
        return problem.severity() == ImportProblem.Severity.REJECTED ? "rejected" : "doubtful";
    }

    private int usage(String message) {
        err.println("validate: " + message);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
