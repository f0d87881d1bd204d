package dev.mockinterview.grading.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.grading.GradeFlag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The labelled development set and the attack set (or the held-out set alone), read from JSON Lines on the classpath
 * and checked so that a typo in the data fails loudly instead of bending the figures.
 */
record EvaluationSets(List<LabelledQuestion> questions, List<LabelledAnswer> labelled, List<AttackAnswer> attacks) {

    static final String LABELLED_RESOURCE = "devset/labelled.jsonl";
    static final String ATTACKS_RESOURCE = "devset/attacks.jsonl";
    static final String HOLDOUT_RESOURCE = "devset/holdout.jsonl";
    static final String SECOND_HOLDOUT_RESOURCE = "devset/holdout2.jsonl";
    static final String THIRD_HOLDOUT_RESOURCE = "devset/holdout3.jsonl";
    static final String FOURTH_HOLDOUT_RESOURCE = "devset/holdout4.jsonl";
    static final String FIFTH_HOLDOUT_RESOURCE = "devset/holdout5.jsonl";
    static final String SIXTH_HOLDOUT_RESOURCE = "devset/holdout6.jsonl";
    static final String SEVENTH_HOLDOUT_RESOURCE = "devset/holdout7.jsonl";
    static final String CURRENT_RUBRIC_HOLDOUT_RESOURCE = "devset/holdout8.jsonl";
    static final String CONTRASTS_RESOURCE = "devset/contrasts.jsonl";
    static final String WRONGS_RESOURCE = "devset/wrongs.jsonl";

    /**
     * The sets of bank questions in the order they were written (the confident-wrong set beside the sixth held-out
     * set, from one pool): each held-out set must share no question with the ones before it.
     */
    private static final List<String> WRITTEN_IN_ORDER = List.of(
            LABELLED_RESOURCE,
            HOLDOUT_RESOURCE,
            SECOND_HOLDOUT_RESOURCE,
            THIRD_HOLDOUT_RESOURCE,
            FOURTH_HOLDOUT_RESOURCE,
            FIFTH_HOLDOUT_RESOURCE,
            WRONGS_RESOURCE,
            SIXTH_HOLDOUT_RESOURCE,
            SEVENTH_HOLDOUT_RESOURCE);

    EvaluationSets {
        questions = List.copyOf(questions);
        labelled = List.copyOf(labelled);
        attacks = List.copyOf(attacks);
    }

    /** The sets written before {@code resource}, each read as it is checked on its own. */
    static List<EvaluationSets> writtenBefore(String resource) {
        return WRITTEN_IN_ORDER.subList(0, WRITTEN_IN_ORDER.indexOf(resource)).stream()
                .map(earlier -> switch (earlier) {
                    case LABELLED_RESOURCE -> fromClasspath();
                    case WRONGS_RESOURCE -> wrongsFromClasspath();
                    default -> holdoutFromClasspath(earlier);
                })
                .toList();
    }

    static EvaluationSets fromClasspath() {
        return fromClasspath(LABELLED_RESOURCE, ATTACKS_RESOURCE);
    }

    /** The held-out set: labelled answers only, written apart from the development set and never tuned against. */
    static EvaluationSets holdoutFromClasspath() {
        return holdoutFromClasspath(HOLDOUT_RESOURCE);
    }

    /**
     * A held-out set read from {@code resource}: there is more than one, because a set stops being held out once
     * the team has read it, and a new one is written to take its place.
     */
    static EvaluationSets holdoutFromClasspath(String resource) {
        return labelledOnly(resource);
    }

    static EvaluationSets labelledOnly(String labelledResource) {
        Labelled labelled = readLabelled(new ObjectMapper(), labelledResource, true);
        return new EvaluationSets(List.copyOf(labelled.questions().values()), labelled.answers(), List.of());
    }

    /**
     * Correct answers that contrast, deny and correct themselves ({@code devset/contrasts.jsonl}): several strong or
     * good answers per question, so a question need not have every level, and may have one level more than once.
     */
    static EvaluationSets contrastsFromClasspath() {
        Labelled labelled = readLabelled(new ObjectMapper(), CONTRASTS_RESOURCE, false);
        return new EvaluationSets(List.copyOf(labelled.questions().values()), labelled.answers(), List.of());
    }

    /**
     * Confident wrong answers in the reference's own words ({@code devset/wrongs.jsonl}), two per question beside a
     * good and a partial answer, each wrong one labelled with the kind of its error; read, like the contrasts set,
     * without requiring every level.
     */
    static EvaluationSets wrongsFromClasspath() {
        Labelled labelled = readLabelled(new ObjectMapper(), WRONGS_RESOURCE, false);
        return new EvaluationSets(List.copyOf(labelled.questions().values()), labelled.answers(), List.of());
    }

    /** The kind of error of every line of the wrongs set, in file order ("none" for the correct answers). */
    static List<String> wrongKinds() {
        return readLines(new ObjectMapper(), WRONGS_RESOURCE).stream()
                .map(line -> text(line, "kind"))
                .toList();
    }

    static EvaluationSets fromClasspath(String labelledResource, String attacksResource) {
        ObjectMapper json = new ObjectMapper();
        Labelled read = readLabelled(json, labelledResource, true);
        Map<String, LabelledQuestion> questions = read.questions();
        List<LabelledAnswer> labelled = read.answers();
        List<AttackAnswer> attacks = new ArrayList<>();
        Set<String> attackIds = new HashSet<>();
        for (JsonNode line : readLines(json, attacksResource)) {
            String id = text(line, "id");
            if (!attackIds.add(id)) {
                throw new DevsetException(DevsetProblem.DUPLICATE_ID, id);
            }
            LabelledQuestion question = questions.get(text(line, "questionId"));
            if (question == null) {
                throw new DevsetException(DevsetProblem.UNKNOWN_QUESTION, id + " -> " + text(line, "questionId"));
            }
            double contentMax = number(line, "contentMax");
            if (contentMax < 0 || contentMax > 10) {
                throw new DevsetException(DevsetProblem.BAD_RANGE, id + " contentMax " + contentMax);
            }
            attacks.add(new AttackAnswer(
                    id,
                    question,
                    AttackKind.fromWireName(text(line, "kind")),
                    text(line, "answer"),
                    contentMax,
                    flags(line)));
        }
        return new EvaluationSets(List.copyOf(questions.values()), labelled, attacks);
    }

    private record Labelled(Map<String, LabelledQuestion> questions, List<LabelledAnswer> answers) {}

    private static Labelled readLabelled(ObjectMapper json, String labelledResource, boolean oneAnswerPerLevel) {
        Map<String, LabelledQuestion> questions = new LinkedHashMap<>();
        Map<String, Set<AnswerLevel>> levelsByQuestion = new LinkedHashMap<>();
        List<LabelledAnswer> labelled = new ArrayList<>();
        for (JsonNode line : readLines(json, labelledResource)) {
            LabelledQuestion question = new LabelledQuestion(
                    text(line, "id"),
                    text(line, "topic"),
                    text(line, "question"),
                    text(line, "referenceAnswer"),
                    texts(line, "keyPoints"));
            LabelledQuestion known = questions.putIfAbsent(question.id(), question);
            if (known != null && !known.equals(question)) {
                throw new DevsetException(DevsetProblem.DUPLICATE_ID, question.id() + " differs between its lines");
            }
            AnswerLevel level = AnswerLevel.fromWireName(text(line, "level"));
            ScoreRange range = range(line);
            if (!range.equals(level.range())) {
                throw new DevsetException(
                        DevsetProblem.RANGE_DISAGREES_WITH_LEVEL, question.id() + " " + level.wireName() + " " + range);
            }
            if (oneAnswerPerLevel
                    && !levelsByQuestion
                            .computeIfAbsent(question.id(), id -> EnumSet.noneOf(AnswerLevel.class))
                            .add(level)) {
                throw new DevsetException(DevsetProblem.DUPLICATE_ID, question.id() + " has two " + level.wireName());
            }
            labelled.add(new LabelledAnswer(question, level, range, text(line, "answer")));
        }
        levelsByQuestion.forEach((id, levels) -> {
            if (oneAnswerPerLevel && levels.size() != AnswerLevel.values().length) {
                throw new DevsetException(DevsetProblem.INCOMPLETE_QUESTION, id + " has only " + levels);
            }
        });
        return new Labelled(questions, labelled);
    }

    private static List<JsonNode> readLines(ObjectMapper json, String resource) {
        InputStream stream = EvaluationSets.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new DevsetException(DevsetProblem.UNREADABLE, resource + " is not on the classpath");
        }
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    lines.add(json.readTree(line));
                } catch (IOException e) {
                    throw new DevsetException(DevsetProblem.UNREADABLE, resource + ":" + number, e);
                }
            }
        } catch (IOException e) {
            throw new DevsetException(DevsetProblem.UNREADABLE, resource, e);
        }
        return lines;
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new DevsetException(DevsetProblem.MISSING_FIELD, field + " in " + line);
        }
        return value.asText();
    }

    private static double number(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.isNumber()) {
            throw new DevsetException(DevsetProblem.MISSING_FIELD, field + " in " + line);
        }
        return value.asDouble();
    }

    private static List<String> texts(JsonNode line, String field) {
        JsonNode values = line.get(field);
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw new DevsetException(DevsetProblem.MISSING_FIELD, field + " in " + line);
        }
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static ScoreRange range(JsonNode line) {
        JsonNode values = line.get("range");
        if (values == null || !values.isArray() || values.size() != 2) {
            throw new DevsetException(DevsetProblem.MISSING_FIELD, "range in " + line);
        }
        return new ScoreRange(values.get(0).asDouble(), values.get(1).asDouble());
    }

    private static List<GradeFlag> flags(JsonNode line) {
        JsonNode values = line.get("expectedFlags");
        if (values == null || !values.isArray()) {
            throw new DevsetException(DevsetProblem.MISSING_FIELD, "expectedFlags in " + line);
        }
        List<GradeFlag> flags = new ArrayList<>();
        for (JsonNode value : values) {
            try {
                flags.add(GradeFlag.valueOf(value.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DevsetException(DevsetProblem.UNKNOWN_FLAG, value.asText(), e);
            }
        }
        return flags;
    }
}
