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
 * A blog article whose headings are the questions: {@code 一、什么是…?} is a question, {@code 三、LLMs 复读机问题} (no
 * question mark) groups the {@code 3.1 …} questions under it. Deeper headings ({@code 3.3.1 …}) are parts of an
 * answer, each naming one point.
 */
public final class HeadedArticleAdapter implements FormatAdapter {

    public static final String FORMAT = "headed-article";

    private static final Pattern TOP_HEADING = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(\\S.*)$");
    private static final Pattern SUB_QUESTION = Pattern.compile("^(\\d{1,2}\\.\\d{1,2})\\s+(\\S.*)$");
    private static final Pattern ANSWER_PART = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}\\s+\\S.*$");
    /** A KaTeX export renders a formula three times; the LaTeX source in the middle survives as plain text. */
    private static final Pattern KATEX_SOURCE = Pattern.compile("\\\\(text|frac|sum)\\b");

    private static final Pattern IMAGE_REFERENCE = Pattern.compile("上图|下图|以下图|如图");
    private static final Pattern ASKS = Pattern.compile("[?？]\\s*$");

    private final TextNormalizer normalizer;
    private final NoiseCutter noise;
    private final AnswerText answers;

    public HeadedArticleAdapter() {
        this(new TextNormalizer(), new NoiseCutter());
    }

    public HeadedArticleAdapter(TextNormalizer normalizer, NoiseCutter noise) {
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
        int questionHeadings = 0;
        int subQuestions = 0;
        for (int n = 1; n <= last; n++) {
            String line = document.line(n);
            Matcher top = TOP_HEADING.matcher(line);
            if (top.matches() && ASKS.matcher(top.group(2)).find()) {
                questionHeadings++;
            } else if (SUB_QUESTION.matcher(line).matches()) {
                subQuestions++;
            }
        }
        if (questionHeadings == 0) {
            return 0;
        }
        return subQuestions > 0 ? 0.9 : 0.5;
    }

    /** The titles of the {@code 3.3.1 …} parts of an answer: each names one point. */
    private List<String> answerParts(SourceDocument document, List<LineRange> ranges) {
        List<String> parts = new ArrayList<>();
        for (LineRange range : ranges) {
            for (int n = range.first(); n <= range.last(); n++) {
                String line = document.line(n);
                if (ANSWER_PART.matcher(line).matches()) {
                    parts.add(normalizer
                            .clean(line.replaceFirst("^\\d+(\\.\\d+)+\\s+", ""))
                            .strip());
                }
            }
        }
        return parts;
    }

    private record Heading(int line, String text, @Nullable String section, boolean question, String number) {}

    @Override
    public ImportResult parse(SourceDocument document) {
        Problems problems = new Problems(document.name());
        int last = noise.lastBodyLine(document);
        List<Heading> headings = new ArrayList<>();
        @Nullable String group = null;
        for (int n = 1; n <= last; n++) {
            String line = document.line(n);
            Matcher top = TOP_HEADING.matcher(line);
            Matcher sub = SUB_QUESTION.matcher(line);
            if (top.matches()) {
                String text = normalizer.clean(top.group(2)).strip();
                boolean question = ASKS.matcher(text).find();
                group = question ? null : text;
                headings.add(new Heading(n, text, question ? null : text, question, top.group(1)));
            } else if (sub.matches() && !ANSWER_PART.matcher(line).matches()) {
                headings.add(new Heading(n, normalizer.clean(sub.group(2)).strip(), group, true, sub.group(1)));
            }
        }
        List<ParsedEntry> entries = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int next = i + 1 < headings.size() ? headings.get(i + 1).line() : last + 1;
            if (!heading.question()) {
                continue;
            }
            Optional<LineRange> body = Spans.between(document, heading.line(), next, noise::isNoiseLine);
            if (body.isEmpty()) {
                problems.doubt(heading.line(), ImportFailure.MISSING_ANSWER, "'" + heading.text() + "' has no answer");
            }
            List<LineRange> ranges = body.map(List::of).orElse(List.of());
            AnswerText.Text answer = answers.read(document, ranges);
            Map<String, String> attributes = new HashMap<>();
            attributes.put("number", heading.number());
            if (answer.hasCode()) {
                attributes.put("hasCode", "true");
            }
            List<String> parts = answerParts(document, ranges);
            if (!parts.isEmpty()) {
                attributes.put("parts", String.join("\n", parts));
            }
            if (KATEX_SOURCE.matcher(answer.text()).find()) {
                attributes.put("formulaCorrupted", "true");
            }
            if (IMAGE_REFERENCE.matcher(answer.text()).find()) {
                attributes.put("missingImage", "true");
            }
            entries.add(new ParsedEntry(
                    document.name(),
                    heading.line(),
                    heading.section(),
                    heading.text(),
                    ranges,
                    answer.text(),
                    null,
                    attributes));
        }
        if (entries.isEmpty()) {
            problems.reject(1, ImportFailure.MALFORMED_ENTRY, "no question heading (一、…? or 1.1 …) found");
        }
        return new ImportResult(document.name(), FORMAT, entries, problems.list());
    }
}
