package dev.mockinterview.api.report;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AskedQuestion;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.QuestionStatus;
import dev.mockinterview.api.store.SessionScore;
import dev.mockinterview.api.store.SessionScoring;
import dev.mockinterview.api.store.SessionStatus;
import dev.mockinterview.api.store.StoredGrade;
import dev.mockinterview.api.store.TopicProgress;
import dev.mockinterview.api.store.Transcript;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.Topic;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Turns stored transcripts into what the endpoints send, with the question texts and references from the bank. A
 * question the bank no longer holds is reported as such, with the reference its grade was made against.
 */
@Component
class TranscriptViews {

    private final QuestionBank bank;

    /** Lazy: the bank builds in the background while the context starts, like for the other features. */
    TranscriptViews(@Lazy QuestionBank bank) {
        this.bank = bank;
    }

    SessionItem item(Transcript transcript) {
        InterviewSession session = transcript.session();
        SessionScore score = SessionScoring.of(transcript);
        return new SessionItem(
                session.id(),
                session.mode().wire(),
                session.status().wire(),
                session.createdAt(),
                session.updatedAt(),
                score.total(),
                score.answered(),
                score.score());
    }

    SessionDetail detail(Transcript transcript) {
        InterviewSession session = transcript.session();
        Answers answers = new Answers(transcript);
        List<AskedQuestionView> questions = transcript.questions().stream()
                .map(asked -> new AskedQuestionView(
                        asked.index(),
                        asked.questionId(),
                        asked.topic(),
                        bank.find(asked.questionId()).map(Question::question).orElse(null),
                        asked.status().wire(),
                        asked.askedAt(),
                        asked.deadline(),
                        answers.of(asked.questionId())))
                .toList();
        return new SessionDetail(
                session.id(),
                session.mode().wire(),
                session.status().wire(),
                session.grader(),
                session.createdAt(),
                session.updatedAt(),
                session.questionIds().size(),
                session.currentIndex(),
                questions);
    }

    SessionReport report(Transcript transcript) {
        InterviewSession session = transcript.session();
        SessionScore score = SessionScoring.of(transcript);
        Answers answers = new Answers(transcript);
        Map<String, String> topicNames = topicNames();
        Map<String, SessionScore.QuestionScore> scores = score.questions().stream()
                .collect(Collectors.toMap(SessionScore.QuestionScore::questionId, Function.identity()));

        Map<String, SessionReport.QuestionReport> questions = new LinkedHashMap<>();
        for (AskedQuestion asked : transcript.questions()) {
            questions.put(
                    asked.questionId(),
                    questionReport(session, asked, answers.of(asked.questionId()), scores.get(asked.questionId())));
        }

        List<SessionReport.WeakPoint> weakest = score.weakest().stream()
                .map(weak -> {
                    SessionReport.QuestionReport question = questions.get(weak.questionId());
                    return new SessionReport.WeakPoint(
                            weak.questionId(),
                            question == null ? null : question.question(),
                            weak.topic(),
                            weak.point(),
                            weak.status(),
                            question == null ? null : question.referenceAnswer());
                })
                .toList();
        List<SessionReport.TopicScore> byTopic = score.byTopic().stream()
                .map(topic -> new SessionReport.TopicScore(
                        topic.topic(),
                        topicNames.getOrDefault(topic.topic(), topic.topic()),
                        topic.score(),
                        topic.questions()))
                .toList();
        Set<GradeFlag> flags = EnumSet.noneOf(GradeFlag.class);
        transcript.grades().forEach(grade -> flags.addAll(grade.result().flags()));

        return new SessionReport(
                session.id(),
                session.mode().wire(),
                session.status().wire(),
                session.grader(),
                session.createdAt(),
                session.updatedAt(),
                score.score(),
                score.total(),
                score.answered(),
                score.skipped(),
                score.pendingGrades(),
                byTopic,
                weakest,
                List.copyOf(questions.values()),
                FlagNotes.of(flags));
    }

    private SessionReport.QuestionReport questionReport(
            InterviewSession session,
            AskedQuestion asked,
            List<AnswerView> given,
            SessionScore.@Nullable QuestionScore score) {
        Optional<Question> inBank = bank.find(asked.questionId());
        @Nullable
        GradeResult latestGrade = given.stream()
                .map(AnswerView::result)
                .filter(result -> result != null)
                .reduce((earlier, later) -> later)
                .orElse(null);
        // The question on the candidate's screen right now: its reference would be the answer to it.
        boolean onScreen = session.status() == SessionStatus.ACTIVE && asked.status() == QuestionStatus.PENDING;
        @Nullable
        String reference = onScreen
                ? null
                : inBank.map(Question::referenceAnswer)
                        .orElse(latestGrade == null ? null : latestGrade.referenceAnswer());
        List<String> keyPoints = onScreen
                ? List.of()
                : inBank.map(Question::keyPointTexts)
                        .orElse(
                                latestGrade == null
                                        ? List.of()
                                        : latestGrade.keyPoints().stream()
                                                .map(KeyPointResult::text)
                                                .toList());
        return new SessionReport.QuestionReport(
                asked.index(),
                asked.questionId(),
                asked.topic(),
                inBank.map(Question::question).orElse(null),
                reference,
                keyPoints,
                asked.status().wire(),
                score == null ? null : score.score(),
                inBank.isPresent(),
                given);
    }

    /** Points grouped into one series per topic, in the order topics first appear; the points stay oldest first. */
    Progress progress(List<TopicProgress> points) {
        Map<String, String> topicNames = topicNames();
        Map<String, List<Progress.Point>> byTopic = new LinkedHashMap<>();
        for (TopicProgress point : points) {
            byTopic.computeIfAbsent(point.topic(), topic -> new ArrayList<>())
                    .add(new Progress.Point(
                            point.sessionId(), point.sessionStartedAt(), point.score(), point.questions()));
        }
        List<Progress.TopicSeries> series = new ArrayList<>();
        byTopic.forEach((topic, topicPoints) ->
                series.add(new Progress.TopicSeries(topic, topicNames.getOrDefault(topic, topic), topicPoints)));
        return new Progress(series);
    }

    private Map<String, String> topicNames() {
        return bank.topics().stream().collect(Collectors.toMap(Topic::id, Topic::name, (a, b) -> a));
    }

    /** A transcript's answers by question, each with its grade. */
    private static final class Answers {

        private final Map<String, List<AnswerView>> byQuestion = new LinkedHashMap<>();

        Answers(Transcript transcript) {
            Map<UUID, GradeResult> grades = new LinkedHashMap<>();
            for (StoredGrade grade : transcript.grades()) {
                grades.put(grade.answerId(), grade.result());
            }
            for (Answer answer : transcript.answers()) {
                byQuestion
                        .computeIfAbsent(answer.questionId(), id -> new ArrayList<>())
                        .add(new AnswerView(
                                answer.id(),
                                answer.attempt(),
                                answer.kind().wire(),
                                answer.text(),
                                answer.late(),
                                answer.receivedAt(),
                                grades.get(answer.id())));
            }
        }

        List<AnswerView> of(String questionId) {
            return byQuestion.getOrDefault(questionId, List.of());
        }
    }
}
