package dev.mockinterview.bank.importing.team;

import dev.mockinterview.bank.importing.FormatAdapter;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ImportProblem;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.Problems;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.team.MarkdownLines.Kind;
import dev.mockinterview.bank.importing.team.MarkdownLines.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Markdown notes with one question per heading ({@code #} to {@code ######}) or per numbered line ({@code 1.},
 * {@code 1、}, {@code 1)}) at the start of a line. The answer is everything up to the next question or section.
 *
 * <p>Which of the two a document uses: headings, as soon as one heading reads as a question (a {@code ?} or a
 * question word); otherwise numbered lines, when some read as questions and they outnumber the headings that have
 * text under them; otherwise headings.
 *
 * <p>With headings: a heading that reads as a question is a question. The others, at the level most questions
 * use, are sections when another heading follows them directly and questions when text follows; deeper ones are
 * part of the answer (sub-headings), shallower ones are sections. Numbered lines are answer text.
 *
 * <p>With numbered lines: every heading is a section. A numbered line is a question when it reads as one, or when
 * it carries the next number of the sequence (1 after a section) and does not continue a numbered list; other
 * numbered lines are answer text.
 *
 * <p>Fenced code is kept out of the answer text: the entry gets the attributes {@link EntryAttributes#HAS_CODE}
 * and {@link EntryAttributes#CODE}. A question with no answer is still imported, unanswered, and reported as
 * doubtful at its line, so that a person sees it and the bank can mark it unanswered; an answer made only of code
 * is reported the same way.
 */
public final class MarkdownAdapter implements FormatAdapter {

    public static final String FORMAT = "markdown";

    private enum Role {
        QUESTION,
        SECTION,
        CONTENT,
        /** A heading whose role depends on what follows it. */
        UNDECIDED
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * High when headings read as questions; modest for numbered plain text, which the corpus layouts also use; low
     * when the document opens with a long checkbox table of contents (the corpus notes layout).
     */
    @Override
    public double signature(SourceDocument document) {
        MarkdownLines lines = MarkdownLines.scan(document);
        if (lines.checklistLines() >= 5) {
            return 0.1;
        }
        long questionHeadings = lines.all().stream()
                .filter(line -> line.kind() == Kind.HEADING && line.readsAsQuestion())
                .count();
        long headings =
                lines.all().stream().filter(line -> line.kind() == Kind.HEADING).count();
        long numberedQuestions = lines.all().stream()
                .filter(line -> line.kind() == Kind.NUMBERED && line.readsAsQuestion())
                .count();
        if (questionHeadings >= 2 || (questionHeadings == 1 && document.lineCount() < 40)) {
            return 0.9;
        }
        int questions = questions(lines).size();
        if (headings >= 2 && questions >= 2) {
            return 0.7;
        }
        if (numberedQuestions >= 2) {
            return lines.hasMarkup() ? 0.45 : 0.35;
        }
        return questions > 0 ? 0.2 : 0.0;
    }

    @Override
    public ImportResult parse(SourceDocument document) {
        String name = document.name();
        MarkdownLines lines = MarkdownLines.scan(document);
        Problems problems = new Problems(name);
        if (lines.unclosedFence() > 0) {
            problems.doubt(
                    lines.unclosedFence(),
                    ImportFailure.MALFORMED_ENTRY,
                    "code fence opened on this line is never closed; the rest of the file was read as code");
        }
        List<ParsedEntry> entries = new ArrayList<>();
        Role[] roles = roles(lines);
        List<Line> all = lines.all();
        @Nullable String section = null;
        int sectionLevel = 0;
        for (int i = 0; i < all.size(); i++) {
            Line line = all.get(i);
            if (roles[i] == Role.SECTION) {
                section = line.text();
                sectionLevel = line.kind() == Kind.HEADING ? line.level() : 0;
            } else if (roles[i] == Role.QUESTION) {
                if (line.kind() == Kind.HEADING && line.level() <= sectionLevel) {
                    section = null;
                    sectionLevel = 0;
                }
                int end = i + 1;
                while (end < all.size() && roles[end] == Role.CONTENT) {
                    end++;
                }
                entries.add(entry(name, line, section, all.subList(i + 1, end), problems));
            }
        }
        if (entries.isEmpty()) {
            problems.reject(
                    1,
                    ImportFailure.MALFORMED_ENTRY,
                    "no questions found: expected a heading or a numbered line (1. 1、 1)) per question");
        }
        List<ImportProblem> sorted = new ArrayList<>(problems.list());
        sorted.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(name, FORMAT, entries, sorted);
    }

    private static List<Line> questions(MarkdownLines lines) {
        Role[] roles = roles(lines);
        List<Line> questions = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.QUESTION) {
                questions.add(lines.all().get(i));
            }
        }
        return questions;
    }

    private static Role[] roles(MarkdownLines lines) {
        List<Line> all = lines.all();
        long questionHeadings = all.stream()
                .filter(line -> line.kind() == Kind.HEADING && line.readsAsQuestion())
                .count();
        long numberedQuestions = all.stream()
                .filter(line -> line.kind() == Kind.NUMBERED && line.readsAsQuestion())
                .count();
        long headingsWithText = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() == Kind.HEADING) {
                Line next = nextNonBlank(all, i);
                if (next != null && next.kind() != Kind.HEADING && next.kind() != Kind.NUMBERED) {
                    headingsWithText++;
                }
            }
        }
        boolean numbered = questionHeadings == 0 && numberedQuestions > 0 && numberedQuestions >= headingsWithText;
        return numbered ? numberedRoles(all) : headingRoles(all);
    }

    private static Role[] headingRoles(List<Line> all) {
        int questionLevel = questionLevel(all);
        Role[] roles = new Role[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Line line = all.get(i);
            boolean subHeading = line.kind() == Kind.HEADING && !line.readsAsQuestion() && line.level() > questionLevel;
            roles[i] = line.kind() == Kind.HEADING && !subHeading ? Role.UNDECIDED : Role.CONTENT;
        }
        for (int i = 0; i < all.size(); i++) {
            if (roles[i] != Role.UNDECIDED) {
                continue;
            }
            Line line = all.get(i);
            if (line.readsAsQuestion()) {
                roles[i] = Role.QUESTION;
            } else if (line.level() < questionLevel) {
                roles[i] = Role.SECTION;
            } else {
                int next = nextNonBlankIndex(all, i);
                boolean headingFollows = next < 0 || roles[next] != Role.CONTENT;
                roles[i] = headingFollows ? Role.SECTION : Role.QUESTION;
            }
        }
        return roles;
    }

    /** The level most question headings use; without any, the level most headings with text under them use. */
    private static int questionLevel(List<Line> all) {
        int[] questions = new int[7];
        int[] withText = new int[7];
        for (int i = 0; i < all.size(); i++) {
            Line line = all.get(i);
            if (line.kind() != Kind.HEADING) {
                continue;
            }
            if (line.readsAsQuestion()) {
                questions[line.level()]++;
            }
            Line next = nextNonBlank(all, i);
            if (next != null && next.kind() != Kind.HEADING) {
                withText[line.level()]++;
            }
        }
        int[] counts = java.util.Arrays.stream(questions).sum() > 0 ? questions : withText;
        int best = 6;
        for (int level = 6; level >= 1; level--) {
            if (counts[level] >= counts[best]) {
                best = level;
            }
        }
        return best;
    }

    private static Role[] numberedRoles(List<Line> all) {
        Role[] roles = new Role[all.size()];
        int expected = 1;
        @Nullable Line previous = null;
        for (int i = 0; i < all.size(); i++) {
            Line line = all.get(i);
            roles[i] = Role.CONTENT;
            if (line.kind() == Kind.HEADING) {
                roles[i] = Role.SECTION;
                expected = 1;
            } else if (line.kind() == Kind.NUMBERED) {
                boolean inList = previous != null && previous.kind() == Kind.NUMBERED;
                if (line.readsAsQuestion() || (line.level() == expected && !inList)) {
                    roles[i] = Role.QUESTION;
                    expected = line.level() + 1;
                }
            }
            if (line.kind() != Kind.BLANK) {
                previous = line;
            }
        }
        return roles;
    }

    private static ParsedEntry entry(
            String document, Line question, @Nullable String section, List<Line> body, Problems problems) {
        List<String> text = new ArrayList<>();
        List<String> code = new ArrayList<>();
        int first = 0;
        int last = 0;
        boolean pendingBreak = false;
        for (Line line : body) {
            if (line.kind() == Kind.BLANK) {
                pendingBreak = !text.isEmpty();
                continue;
            }
            first = first == 0 ? line.number() : first;
            last = line.number();
            if (line.kind() == Kind.CODE) {
                code.add(line.raw());
                pendingBreak = !text.isEmpty();
            } else if (line.kind() == Kind.FENCE) {
                if (!code.isEmpty() && !code.get(code.size() - 1).isEmpty()) {
                    code.add("");
                }
                pendingBreak = !text.isEmpty();
            } else {
                if (pendingBreak) {
                    text.add("");
                    pendingBreak = false;
                }
                text.add(line.raw().stripTrailing());
            }
        }
        String answer = String.join("\n", text).strip();
        String codeText = String.join("\n", code).strip();
        boolean hasCode = body.stream().anyMatch(line -> line.kind() == Kind.FENCE);
        Map<String, String> attributes = new HashMap<>();
        if (hasCode) {
            attributes.put(EntryAttributes.HAS_CODE, "true");
            attributes.put(EntryAttributes.CODE, codeText);
        }
        if (answer.isEmpty()) {
            problems.doubt(
                    question.number(),
                    ImportFailure.MISSING_ANSWER,
                    hasCode
                            ? "answer is only code, which is kept out of the answer text; imported unanswered"
                            : "question has no answer; imported unanswered");
        }
        return new ParsedEntry(
                document,
                question.number(),
                section,
                question.text(),
                answer.isEmpty() ? List.of() : List.of(new LineRange(first, last)),
                answer,
                null,
                attributes);
    }

    private static @Nullable Line nextNonBlank(List<Line> all, int from) {
        int next = nextNonBlankIndex(all, from);
        return next < 0 ? null : all.get(next);
    }

    private static int nextNonBlankIndex(List<Line> all, int from) {
        for (int i = from + 1; i < all.size(); i++) {
            if (all.get(i).kind() != Kind.BLANK) {
                return i;
            }
        }
        return -1;
    }
}
