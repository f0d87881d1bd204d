package dev.mockinterview.bank.importing.team;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes questions as JSON Lines that {@link JsonLinesAdapter} reads back to equal questions: sorted by id (a stable
 * sort, so questions sharing an id keep their order), fields in record order, UTF-8, every line ending in {@code \n}.
 * The same questions always give the same bytes.
 */
public final class QuestionExporter {

    private final QuestionJson json = new QuestionJson();

    public String toJsonLines(Collection<Question> questions) {
        StringBuilder out = new StringBuilder();
        for (Question question : sorted(questions)) {
            out.append(json.write(question)).append('\n');
        }
        return out.toString();
    }

    public void write(Collection<Question> questions, Writer writer) throws IOException {
        for (Question question : sorted(questions)) {
            writer.write(json.write(question));
            writer.write('\n');
        }
        writer.flush();
    }

    public void write(QuestionBank bank, Path file) throws IOException {
        write(bank.all(), file);
    }

    public void write(Collection<Question> questions, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(questions, writer);
        }
    }

    private static List<Question> sorted(Collection<Question> questions) {
        return questions.stream().sorted(Comparator.comparing(Question::id)).toList();
    }
}
