package dev.mockinterview.api.store;

import dev.mockinterview.api.store.SessionScore.WeakPoint;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one rule that turns a transcript into scores, shared by the interview's {@code summary} and the REST report.
 *
 * <p>A question counts with its latest attempt's grade: a follow-up's supplement or a retry replaces the first
 * grade, since the candidate's best current understanding is what the practice is for, and the transcript keeps
 * every attempt. A question skipped or timed out without an answer counts 0, and so does a question never asked in
 * a finished session (ended early): leaving is not a way to raise the mean.
 */
public final class SessionScoring {

    /** Weak points reported, worst first. */
    public static final int WEAKEST_LIMIT = 5;

    private static final Comparator<WeakPoint> WORST_FIRST = Comparator.comparingInt(
                    (WeakPoint weak) -> severity(weak.status()))
            .thenComparingInt(WeakPoint::questionIndex);

    private SessionScoring() {}

    public static SessionScore of(Transcript transcript) {
        Map<UUID, StoredGrade> grades =
                transcript.grades().stream().collect(Collectors.toMap(StoredGrade::answerId, Function.identity()));
        Map<String, List<Answer>> answersByQuestion = transcript.answers().stream()
                .collect(Collectors.groupingBy(Answer::questionId, LinkedHashMap::new, Collectors.toList()));

        List<SessionScore.QuestionScore> questions = new ArrayList<>();
        List<WeakPoint> weak = new ArrayList<>();
        int answered = 0;
        int skipped = 0;
        int pendingGrades = 0;
        for (AskedQuestion asked : transcript.questions()) {
            List<Answer> answers = answersByQuestion.getOrDefault(asked.questionId(), List.of());
            pendingGrades += (int) answers.stream()
                    .filter(answer -> !grades.containsKey(answer.id()))
                    .count();
            if (answers.isEmpty()) {
                boolean closed = asked.status() == QuestionStatus.SKIPPED || asked.status() == QuestionStatus.TIMED_OUT;
                if (closed) {
                    skipped++;
                    questions.add(new SessionScore.QuestionScore(
                            asked.index(), asked.questionId(), asked.topic(), 0.0, false));
                }
                continue;
            }
            answered++;
            Answer latest = answers.stream()
                    .max(Comparator.comparingInt(Answer::attempt))
                    .orElseThrow();
            @Nullable StoredGrade grade = grades.get(latest.id());
            if (grade == null) {
                questions.add(
                        new SessionScore.QuestionScore(asked.index(), asked.questionId(), asked.topic(), null, true));
                continue;
            }
            questions.add(new SessionScore.QuestionScore(
                    asked.index(),
                    asked.questionId(),
                    asked.topic(),
                    grade.result().score(),
                    false));
            for (KeyPointResult point : grade.result().keyPoints()) {
                if (point.status() != PointStatus.COVERED) {
                    weak.add(new WeakPoint(
                            asked.index(), asked.questionId(), asked.topic(), point.text(), point.status()));
                }
            }
        }

        int total = transcript.session().questionIds().size();
        int neverAsked = transcript.session().status() == SessionStatus.FINISHED
                ? Math.max(0, total - transcript.questions().size())
                : 0;
        skipped += neverAsked;

        weak.sort(WORST_FIRST);
        return new SessionScore(
                overall(questions, neverAsked, pendingGrades),
                byTopic(questions),
                weak.subList(0, Math.min(WEAKEST_LIMIT, weak.size())),
                questions,
                total,
                answered,
                skipped,
                pendingGrades);
    }

    private static @Nullable Double overall(
            List<SessionScore.QuestionScore> questions, int neverAsked, int pendingGrades) {
        if (pendingGrades > 0 || questions.isEmpty()) {
            return null;
        }
        double sum = questions.stream()
                .mapToDouble(question -> question.score() == null ? 0 : question.score())
                .sum();
        return oneDecimal(sum / (questions.size() + neverAsked));
    }

    private static List<SessionScore.TopicScore> byTopic(List<SessionScore.QuestionScore> questions) {
        Map<String, List<SessionScore.QuestionScore>> grouped = questions.stream()
                .collect(Collectors.groupingBy(
                        SessionScore.QuestionScore::topic, LinkedHashMap::new, Collectors.toList()));
        List<SessionScore.TopicScore> topics = new ArrayList<>();
        grouped.forEach((topic, inTopic) -> {
            List<Double> settled = inTopic.stream()
                    .filter(question -> !question.pending())
                    .map(question -> question.score() == null ? 0.0 : question.score())
                    .toList();
            @Nullable
            Double mean = settled.isEmpty()
                    ? null
                    : oneDecimal(settled.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElse(0));
            topics.add(new SessionScore.TopicScore(topic, mean, inTopic.size()));
        });
        return topics;
    }

    private static int severity(PointStatus status) {
        return switch (status) {
            case INCORRECT -> 0;
            case MISSED -> 1;
            case PARTIAL -> 2;
            case COVERED -> 3;
        };
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
