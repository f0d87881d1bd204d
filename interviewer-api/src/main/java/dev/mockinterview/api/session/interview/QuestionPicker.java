package dev.mockinterview.api.session.interview;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.Topic;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Chooses the questions of a new session: gradable questions that match the filters, trusted ones unless asked
 * otherwise, the user's recent questions last, shuffled by the seed and taken from the topics in turn.
 */
final class QuestionPicker {

    private final QuestionBank bank;
    private final SessionRepository sessions;
    private final InterviewSettings settings;
    private final Clock clock;

    QuestionPicker(QuestionBank bank, SessionRepository sessions, InterviewSettings settings, Clock clock) {
        this.bank = bank;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Checks the filters: {@code INVALID_FILTER} for an unknown topic, a difficulty or count out of range. */
    void check(QuestionFilter filter) {
        Set<String> known = new HashSet<>();
        bank.topics().stream().map(Topic::id).forEach(known::add);
        for (String topic : filter.topics()) {
            if (!known.contains(topic)) {
                throw new ApiException(
                        ErrorCode.INVALID_FILTER, "Unknown topic '" + topic + "'.", Map.of("topic", topic));
            }
        }
        Integer difficulty = filter.difficulty();
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            throw new ApiException(ErrorCode.INVALID_FILTER, "difficulty must be 1, 2 or 3.", Map.of("limit", 3));
        }
        if (filter.count() < 1 || filter.count() > settings.maxCount()) {
            throw new ApiException(
                    ErrorCode.INVALID_FILTER,
                    "count must be between 1 and " + settings.maxCount() + ".",
                    Map.of("limit", settings.maxCount()));
        }
    }

    /** Up to {@code count} questions; {@code NO_QUESTIONS_MATCH} when none does. */
    Mono<List<Question>> pick(UUID userId, QuestionFilter filter) {
        // The filter was checked by the conductor before it counted the user's sessions.
        return Mono.fromCallable(() -> candidates(filter)).flatMap(candidates -> {
            if (candidates.isEmpty()) {
                return Mono.error(new ApiException(
                        ErrorCode.NO_QUESTIONS_MATCH, "No question of the bank matches these filters."));
            }
            if (filter.seed() != null) {
                return Mono.just(choose(candidates, Set.of(), filter, filter.seed()));
            }
            return sessions.questionsAskedSince(userId, clock.instant().minus(settings.avoidRecent()))
                    .collectList()
                    .map(recent -> choose(candidates, new HashSet<>(recent), filter, new Random().nextLong()));
        });
    }

    private List<Question> candidates(QuestionFilter filter) {
        Set<String> topics = Set.copyOf(filter.topics());
        return bank.all().stream()
                .filter(q -> topics.isEmpty() || topics.contains(q.topic()))
                .filter(q -> filter.difficulty() == null || q.difficulty() == filter.difficulty())
                .filter(q -> !filter.trustedOnly() || q.quality().status() == QualityStatus.TRUSTED)
                .filter(q -> !q.referenceAnswer().isBlank() || !q.keyPoints().isEmpty())
                .sorted(Comparator.comparing(Question::id))
                .toList();
    }

    /**
     * Fresh questions when there are enough of them; otherwise every fresh one and the rest from the recent ones.
     */
    private List<Question> choose(List<Question> candidates, Set<String> recent, QuestionFilter filter, long seed) {
        Random random = new Random(seed);
        List<Question> fresh =
                candidates.stream().filter(q -> !recent.contains(q.id())).toList();
        List<Question> seen =
                candidates.stream().filter(q -> recent.contains(q.id())).toList();
        List<Question> chosen = new ArrayList<>(order(fresh, filter.spread(), random));
        if (chosen.size() < filter.count()) {
            chosen.addAll(order(seen, filter.spread(), random));
        }
        return List.copyOf(chosen.subList(0, Math.min(filter.count(), chosen.size())));
    }

    /** Shuffled; with {@code spread}, one question of each topic in turn (topics in a shuffled order too). */
    private static List<Question> order(List<Question> questions, boolean spread, Random random) {
        List<Question> shuffled = new ArrayList<>(questions);
        Collections.shuffle(shuffled, random);
        if (!spread) {
            return shuffled;
        }
        Map<String, Deque<Question>> byTopic = new LinkedHashMap<>();
        for (Question q : shuffled) {
            byTopic.computeIfAbsent(q.topic(), t -> new ArrayDeque<>()).add(q);
        }
        List<Question> result = new ArrayList<>(questions.size());
        while (result.size() < questions.size()) {
            for (Deque<Question> queue : byTopic.values()) {
                Question next = queue.poll();
                if (next != null) {
                    result.add(next);
                }
            }
        }
        return result;
    }
}
