package dev.mockinterview.bank.importing.corpus;

import dev.mockinterview.bank.importing.AnswerText;
import dev.mockinterview.bank.importing.FormatAdapter;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.NoiseCutter;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.Problems;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbered questions under Chinese-numeral section headings: {@code 一、基础篇} then {@code 1. 问题?} (web page) or
 * {@code 1、问题?} (PDF re-post). A numbered line is a question only when its number is the previous question's
 * number + 1 (or a {@code 66-1} sub-number, or a repeated number on a line that asks something), which keeps numbered
 * list items inside answers out. A "question" with no answer is a pseudo-heading and is dropped with a report.
 */
public final class NumberedSectionsAdapter implements FormatAdapter {

    public static final String FORMAT = "numbered-sections";

    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:-(\\d{1,2}))?([.、])\\s*(\\S.*)$");
    private static final Pattern QUESTION_MARK = Pattern.compile("[?？]");
    /** Text after the last question mark longer than this is an answer that shares the question's line. */
    private static final int SAME_LINE_ANSWER_MIN = 8;

    private final TextNormalizer normalizer;
    private final NoiseCutter noise;
    private final AnswerText answers;

    public NumberedSectionsAdapter() {
        this(new TextNormalizer(), new NoiseCutter());
    }

    public NumberedSectionsAdapter(TextNormalizer normalizer, NoiseCutter noise) {
        this.normalizer = normalizer;
        this.noise = noise;
        this.answers = new AnswerText(normalizer, noise);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public double signature(SourceDocument document) {
        int last = noise.lastBodyLine(document);
        int sections = 0;
        int questions = 0;
        int questionHeadings = 0;
        for (int n = 1; n <= last; n++) {
            String line = document.line(n);
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                sections++;
                if (QUESTION_MARK.matcher(section.group(2)).find()) {
                    questionHeadings++;
                }
            } else if (NUMBERED.matcher(line).matches()
                    && QUESTION_MARK.matcher(line).find()) {
                questions++;
            }
        }
        if (sections == 0 || questions < 3) {
            return 0;
        }
        return questionHeadings > 0 ? 0.4 : 0.8;
    }

    @Override
    public ImportResult parse(SourceDocument document) {
        Problems problems = new Problems(document.name());
        int last = noise.lastBodyLine(document);
        List<Heading> headings = findHeadings(document, last, problems);
        List<ParsedEntry> entries = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            if (heading.section()) {
                continue;
            }
            int next = i + 1 < headings.size() ? headings.get(i + 1).line() : last + 1;
            toEntry(document, heading, next, problems).ifPresent(entries::add);
        }
        if (entries.isEmpty()) {
            problems.reject(1, ImportFailure.MALFORMED_ENTRY, "no numbered question found under a 一、 heading");
        }
        return new ImportResult(document.name(), FORMAT, entries, problems.list());
    }

    private record Heading(
            int line,
            boolean section,
            String text,
            @Nullable String sectionName,
            String number) {}

    private List<Heading> findHeadings(SourceDocument document, int last, Problems problems) {
        List<Heading> headings = new ArrayList<>();
        @Nullable String section = null;
        int previous = -1;
        for (int n = 1; n <= last; n++) {
            String line = document.line(n);
            Matcher sectionMatch = SECTION.matcher(line);
            if (sectionMatch.matches()) {
                section = normalizer.clean(sectionMatch.group(2)).strip();
                headings.add(new Heading(n, true, section, section, sectionMatch.group(1)));
                previous = 0;
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (!numbered.matches() || previous < 0) {
                continue;
            }
            int number = Integer.parseInt(numbered.group(1));
            boolean subNumber = numbered.group(2) != null;
            boolean asks = QUESTION_MARK.matcher(numbered.group(4)).find();
            boolean follows = !subNumber && number == previous + 1;
            boolean subOfPrevious = subNumber && number == previous;
            boolean repeated = !subNumber && number == previous && asks;
            if (follows || subOfPrevious || repeated) {
                if (repeated) {
                    problems.doubt(n, ImportFailure.DOUBTFUL_ENTRY, "number " + number + " repeats the previous one");
                }
                String label = subNumber ? number + "-" + numbered.group(2) : String.valueOf(number);
                headings.add(new Heading(n, false, numbered.group(4), section, label));
                previous = number;
            } else if (asks && !subNumber && number > previous + 1) {
                problems.doubt(
                        n,
                        ImportFailure.MALFORMED_ENTRY,
                        "number " + number + " does not follow " + previous + "; read as part of the answer above");
            }
        }
        return headings;
    }

    private Optional<ParsedEntry> toEntry(SourceDocument document, Heading heading, int next, Problems problems) {
        String text = heading.text();
        List<LineRange> ranges = new ArrayList<>();
        String sameLineAnswer = "";
        int lastMark = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
        if (lastMark >= 0 && text.length() - lastMark - 1 >= SAME_LINE_ANSWER_MIN) {
            sameLineAnswer = text.substring(lastMark + 1);
            text = text.substring(0, lastMark + 1);
        }
        Optional<LineRange> body = Spans.between(document, heading.line(), next, noise::isNoiseLine);
        if (!sameLineAnswer.isEmpty()) {
            ranges.add(new LineRange(heading.line(), body.map(LineRange::last).orElse(heading.line())));
        } else {
            body.ifPresent(ranges::add);
        }
        String question = normalizer.clean(text).strip();
        if (ranges.isEmpty()) {
            problems.doubt(
                    heading.line(),
                    ImportFailure.MISSING_ANSWER,
                    "'" + question + "' has no answer; a sub-heading, not a question: dropped");
            return Optional.empty();
        }
        AnswerText.Text answer;
        if (sameLineAnswer.isEmpty()) {
            answer = answers.read(document, ranges);
        } else {
            List<String> lines = new ArrayList<>();
            lines.add(sameLineAnswer);
            body.ifPresent(range -> {
                for (int n = range.first(); n <= range.last(); n++) {
                    if (!noise.isNoiseLine(document.line(n))) {
                        lines.add(document.line(n));
                    }
                }
            });
            answer = new AnswerText.Text(answers.cleanLines(lines), false);
        }
        Map<String, String> attributes = new HashMap<>();
        attributes.put("number", heading.number());
        if (answer.hasCode()) {
            attributes.put("hasCode", "true");
        }
        return Optional.of(new ParsedEntry(
                document.name(),
                heading.line(),
                heading.sectionName(),
                question,
                ranges,
                answer.text(),
                null,
                attributes));
    }
}
