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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Markdown interview notes that open with a checkbox table of contents ({@code 目录}, {@code - [x] …}) and answer
 * below {@code 答案} in several question styles: {@code 1 问题}, {@code i. 问题} under a group line,
 * {@code 5. 💡 问题} (its number is meaningless), {@code 1. 问题} (LangChain chapter) and {@code - 问题} bullets whose
 * answer starts with 💡. Answer bodies a conversion moved away from their questions are put back by
 * {@link DisplacedBodies}; the few cases no rule can see come from {@link AnswerOverrides}.
 */
public final class ChecklistNotesAdapter implements FormatAdapter {

    public static final String FORMAT = "checklist-notes";

    private static final Pattern FENCE = Pattern.compile("^\\s*```.*$");
    private static final Pattern BULB_QUESTION = Pattern.compile("^\\s*(\\d+)\\.\\s*💡\\s*(\\S.*)$");
    private static final Pattern ROMAN_QUESTION = Pattern.compile("^\\s*((?:i{1,3}|iv|vi{0,3}|ix|x))\\.\\s+(\\S.*)$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2})*)\\s+(\\S.*)$");
    private static final Pattern DOTTED_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*-\\s+(\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:-\\s*)?(\\d{1,3})\\.(?!\\d)\\s*(\\S.*)$");
    private static final Pattern NUMBER_PREFIX =
            Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[一二三四五六七八九十]+、)\\s*");
    private static final Pattern GROUP_SUFFIX = Pattern.compile("(篇|面)\\s*$");
    private static final Pattern ASKS = Pattern.compile("[?？]\\s*$");
    private static final Pattern COLON = Pattern.compile("[:：]");
    private static final String SENTENCE_END = "。：:，,；;.!！";
    /** A LangChain-style {@code 1. 问题} line is short; list items are sentences. */
    private static final int SHORT_QUESTION_MAX = 45;
    /** Bigram overlap above which a TOC line and a body heading ask the same thing. */
    private static final double SAME_QUESTION_DICE = 0.9;

    private final TextNormalizer normalizer;
    private final NoiseCutter noise;
    private final AnswerText answers;
    private final AnswerOverrides overrides;
    private final DisplacedBodies displaced = new DisplacedBodies();

    public ChecklistNotesAdapter() {
        this(new TextNormalizer(), new NoiseCutter(), AnswerOverrides.bundled());
    }

    public ChecklistNotesAdapter(TextNormalizer normalizer, NoiseCutter noise, AnswerOverrides overrides) {
        this.normalizer = normalizer;
        this.noise = noise;
        this.answers = new AnswerText(normalizer, noise);
        this.overrides = overrides;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public double signature(SourceDocument document) {
        boolean contents = false;
        int checkboxes = 0;
        for (int n = 1; n <= document.lineCount(); n++) {
            String line = document.line(n);
            contents |= line.strip().equals("目录");
            if (noise.isChecklistLine(line)) {
                checkboxes++;
            }
        }
        if (contents && checkboxes >= 1) {
            return 0.9;
        }
        return checkboxes >= 5 ? 0.5 : 0;
    }

    enum Kind {
        BLANK,
        NOISE,
        CODE,
        SECTION,
        GROUP,
        QUESTION,
        ITEM,
        TEXT
    }

    record Line(int number, Kind kind, String text) {}

    /** The body: the lines after the table of contents, classified. */
    List<Line> classify(SourceDocument document) {
        int first = bodyStart(document);
        int last = noise.lastBodyLine(document);
        List<Line> lines = new ArrayList<>();
        boolean inFence = false;
        for (int n = first; n <= last; n++) {
            String raw = document.line(n);
            if (FENCE.matcher(raw).matches()) {
                inFence = !inFence;
                lines.add(new Line(n, Kind.CODE, raw));
            } else if (inFence) {
                lines.add(new Line(n, Kind.CODE, raw));
            } else if (raw.replace('\u00A0', ' ').isBlank()) {
                lines.add(new Line(n, Kind.BLANK, ""));
            } else if (noise.isNoiseLine(raw)) {
                lines.add(new Line(n, Kind.NOISE, raw));
            } else {
                lines.add(new Line(n, Kind.TEXT, raw));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.TEXT) {
                lines.set(i, new Line(line.number(), kindOf(lines, i), line.text()));
            }
        }
        for (GroupLine groupOverride : groupOverrides(document)) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).number() == groupOverride.line()) {
                    lines.set(
                            i,
                            new Line(
                                    groupOverride.line(),
                                    Kind.GROUP,
                                    lines.get(i).text()));
                }
            }
        }
        return lines;
    }

    private record GroupLine(int line) {}

    private List<GroupLine> groupOverrides(SourceDocument document) {
        List<GroupLine> groups = new ArrayList<>();
        for (AnswerOverrides.Override row : overrides.of(document.name())) {
            if (row.kind() == AnswerOverrides.Kind.GROUP
                    && row.line() <= document.lineCount()
                    && row.matches(document.line(row.line()))) {
                groups.add(new GroupLine(row.line()));
            }
        }
        return groups;
    }

    private Kind kindOf(List<Line> lines, int index) {
        String raw = lines.get(index).text();
        String text = raw.strip();
        @Nullable Line next = nextContent(lines, index);
        String nextText = next == null ? "" : next.text().strip();
        if (BULB_QUESTION.matcher(raw).matches() || ROMAN_QUESTION.matcher(raw).matches()) {
            return Kind.QUESTION;
        }
        Matcher bare = BARE_NUMBER.matcher(raw);
        if (bare.matches() && !raw.strip().matches("^\\d+\\.\\s.*")) {
            String rest = bare.group(2);
            if (GROUP_SUFFIX.matcher(rest).find()
                    || (next != null
                            && (ROMAN_QUESTION.matcher(next.text()).matches()
                                    || next.text().strip().startsWith(bare.group(1) + ".")))) {
                return Kind.GROUP;
            }
            return Kind.QUESTION;
        }
        Matcher bullet = BULLET.matcher(raw);
        if (bullet.matches() && !ITEM.matcher(raw).matches()) {
            String rest = NUMBER_PREFIX.matcher(bullet.group(1)).replaceFirst("");
            if (GROUP_SUFFIX.matcher(rest).find()) {
                return Kind.GROUP;
            }
            if (nextText.startsWith("💡")) {
                return Kind.QUESTION;
            }
            if (ASKS.matcher(rest).find()
                    && next != null
                    && BULLET.matcher(next.text()).matches()) {
                return Kind.QUESTION;
            }
            return Kind.TEXT;
        }
        Matcher dotted = DOTTED_NUMBER.matcher(raw);
        if (dotted.matches()) {
            String rest = dotted.group(2).replace("**", "").strip();
            if (GROUP_SUFFIX.matcher(rest).find()) {
                return Kind.GROUP;
            }
            boolean sentence = COLON.matcher(rest).find() || SENTENCE_END.indexOf(rest.charAt(rest.length() - 1)) >= 0;
            if (!sentence && (ASKS.matcher(rest).find() || rest.length() <= SHORT_QUESTION_MAX)) {
                return Kind.QUESTION;
            }
            return Kind.ITEM;
        }
        if (ITEM.matcher(raw).matches()) {
            return Kind.ITEM;
        }
        if (isSectionHeading(lines, index, text)) {
            return Kind.SECTION;
        }
        return Kind.TEXT;
    }

    private static boolean isSectionHeading(List<Line> lines, int index, String text) {
        if (text.length() > 40 || "-💡[(#|>`*".indexOf(text.charAt(0)) >= 0 || Character.isDigit(text.charAt(0))) {
            return false;
        }
        if ((SENTENCE_END + "?？").indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        boolean blankBefore = index == 0 || lines.get(index - 1).kind() == Kind.BLANK;
        boolean blankAfter = index + 1 >= lines.size() || lines.get(index + 1).kind() == Kind.BLANK;
        return blankBefore && blankAfter && !text.contains("，") && !text.contains("。");
    }

    private static @Nullable Line nextContent(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            Kind kind = lines.get(i).kind();
            if (kind != Kind.BLANK && kind != Kind.NOISE) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** The first line after {@code 答案}, or after the last checkbox line of the opening table of contents. */
    private int bodyStart(SourceDocument document) {
        int contents = 0;
        for (int n = 1; n <= document.lineCount(); n++) {
            String text = document.line(n).strip();
            if (contents == 0 && text.equals("目录")) {
                contents = n;
            } else if (contents > 0 && text.equals("答案")) {
                return n + 1;
            }
        }
        int n = Math.max(1, contents);
        int lastCheckbox = n;
        for (; n <= document.lineCount(); n++) {
            String line = document.line(n);
            if (noise.isChecklistLine(line)) {
                lastCheckbox = n;
            } else if (!line.isBlank() && n > lastCheckbox + 2) {
                break;
            }
        }
        return lastCheckbox + 1;
    }

    @Override
    public ImportResult parse(SourceDocument document) {
        Problems problems = new Problems(document.name());
        List<Line> lines = classify(document);
        List<Question> questions = new ArrayList<>();
        @Nullable String section = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.SECTION) {
                section = sectionName(line.text());
            } else if (line.kind() == Kind.QUESTION) {
                int end = nextBoundary(lines, i);
                Optional<LineRange> own = Spans.between(document, line.number(), end, noise::isNoiseLine);
                questions.add(new Question(line.number(), questionText(line.text()), section, own, i));
            }
        }
        Map<Integer, DisplacedBodies.Assignment> moved = displaced.recover(document, lines, questions, normalizer);
        List<ParsedEntry> entries = new ArrayList<>();
        for (Question question : questions) {
            entries.add(toEntry(document, question, moved.get(question.line()), problems));
        }
        if (entries.isEmpty()) {
            problems.reject(1, ImportFailure.MALFORMED_ENTRY, "no question found after the table of contents");
        }
        return new ImportResult(document.name(), FORMAT, entries, problems.list());
    }

    /** One question as found, with the lines up to the next boundary as its own answer. */
    record Question(int line, String text, @Nullable String section, Optional<LineRange> own, int index) {}

    private static int nextBoundary(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            Kind kind = lines.get(i).kind();
            if (kind == Kind.QUESTION || kind == Kind.GROUP || kind == Kind.SECTION) {
                return lines.get(i).number();
            }
        }
        return lines.get(lines.size() - 1).number() + 1;
    }

    private String sectionName(String text) {
        return normalizer
                .clean(text)
                .replaceFirst("^大模型\\s*[（(]LLMs[）)]\\s*", "")
                .replace("（", "(")
                .replace("）", ")")
                .replace(" ", "")
                .strip();
    }

    private String questionText(String raw) {
        String text = raw.strip();
        Matcher bulb = BULB_QUESTION.matcher(raw);
        Matcher roman = ROMAN_QUESTION.matcher(raw);
        Matcher bullet = BULLET.matcher(raw);
        if (bulb.matches()) {
            text = bulb.group(2);
        } else if (roman.matches()) {
            text = roman.group(2);
        } else if (bullet.matches()) {
            text = NUMBER_PREFIX.matcher(bullet.group(1)).replaceFirst("");
        } else {
            text = NUMBER_PREFIX.matcher(text).replaceFirst("");
        }
        return normalizer.clean(text).strip();
    }

    private ParsedEntry toEntry(
            SourceDocument document, Question question, DisplacedBodies.@Nullable Assignment moved, Problems problems) {
        List<LineRange> ranges = new ArrayList<>();
        question.own().ifPresent(ranges::add);
        Map<String, String> attributes = new HashMap<>();
        if (moved != null) {
            ranges.add(moved.range());
            attributes.put("displaced", "rule");
        }
        for (AnswerOverrides.Override row : overrides.find(document.name(), question.line())) {
            if (!row.matches(document.line(question.line()))) {
                problems.reject(
                        question.line(),
                        ImportFailure.OVERRIDE_STALE,
                        "override '" + row.reason() + "' was written for another text of this line");
            } else if (row.kind() == AnswerOverrides.Kind.ANSWER_LINES) {
                ranges = row.ranges();
                attributes.put("displaced", "override");
            }
        }
        AnswerText.Text answer = answers.read(document, ranges);
        if (answer.hasCode()) {
            attributes.put("hasCode", "true");
        }
        if (BULB_QUESTION.matcher(document.line(question.line())).matches()) {
            attributes.put("style", "bulb");
        }
        if (!answer.text().isBlank() && attributes.containsKey("displaced")) {
            problems.doubt(
                    question.line(),
                    ImportFailure.DOUBTFUL_ENTRY,
                    "answer body was displaced; read from lines "
                            + ranges.stream()
                                    .map(range -> range.first() + "-" + range.last())
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + " (" + attributes.get("displaced") + ")");
        }
        if (answer.text().isBlank()) {
            problems.doubt(question.line(), ImportFailure.MISSING_ANSWER, "'" + question.text() + "' has no answer");
            ranges = List.of();
        }
        return new ParsedEntry(
                document.name(),
                question.line(),
                question.section(),
                question.text(),
                ranges,
                answer.text(),
                null,
                attributes);
    }

    /** The TOC often words a question slightly differently ({@code 的思路是怎么样的} / {@code 的思路是怎么样}). */
    private static boolean isSimilarToAny(Set<String> grams, List<Set<String>> headings) {
        for (Set<String> heading : headings) {
            // a Dice of 0.9 needs sets of nearly the same size; skip the rest without counting
            if (grams.isEmpty() || heading.isEmpty() || Math.abs(grams.size() - heading.size()) > grams.size() / 4) {
                continue;
            }
            long shared = grams.stream().filter(heading::contains).count();
            if (2.0 * shared / (grams.size() + heading.size()) >= SAME_QUESTION_DICE) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> bigrams(String key) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < key.length(); i++) {
            grams.add(key.substring(i, i + 2));
        }
        return grams;
    }

    /**
     * Questions that appear only in the table of contents (never answered in the body), as answer-less entries whose
     * line is the TOC line. Not part of {@link #parse}: they are candidates for curation, not bank entries.
     */
    public List<ParsedEntry> tocOnlyQuestions(SourceDocument document) {
        List<Line> body = classify(document);
        Set<String> bodyKeys = new HashSet<>();
        List<Set<String>> headingGrams = new ArrayList<>();
        for (Line line : body) {
            if (line.kind() != Kind.NOISE && line.kind() != Kind.BLANK && line.kind() != Kind.CODE) {
                String key = TextNormalizer.comparisonKey(questionText(line.text()));
                bodyKeys.add(key);
                if (line.kind() == Kind.QUESTION || line.kind() == Kind.GROUP) {
                    headingGrams.add(bigrams(key));
                }
            }
        }
        List<ParsedEntry> tocOnly = new ArrayList<>();
        int last = noise.lastBodyLine(document);
        for (int n = 1; n <= last; n++) {
            String raw = document.line(n);
            if (!noise.isChecklistLine(raw)) {
                continue;
            }
            String text = raw.strip().replaceFirst("^- \\[[xX ]?\\]\\s*", "").replace("**", "");
            text = normalizer
                    .clean(NUMBER_PREFIX.matcher(text.strip()).replaceFirst(""))
                    .strip();
            String key = TextNormalizer.comparisonKey(text);
            if (!ASKS.matcher(text).find() || bodyKeys.contains(key) || isSimilarToAny(bigrams(key), headingGrams)) {
                continue;
            }
            tocOnly.add(
                    new ParsedEntry(document.name(), n, null, text, List.of(), "", null, Map.of("tocOnly", "true")));
        }
        return tocOnly;
    }
}
