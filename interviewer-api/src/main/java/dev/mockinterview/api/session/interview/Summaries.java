package dev.mockinterview.api.session.interview;

import dev.mockinterview.api.store.SessionScore;
import dev.mockinterview.api.store.SessionScoring;
import dev.mockinterview.api.store.TranscriptQueries;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.Topic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** The {@code summary} of a session, from its stored transcript through the one scoring rule. */
final class Summaries {

    private final TranscriptQueries transcripts;
    private final QuestionBank bank;

    Summaries(TranscriptQueries transcripts, QuestionBank bank) {
        this.transcripts = transcripts;
        this.bank = bank;
    }

    Mono<ServerMessage.Summary> of(UUID sessionId) {
        return transcripts.transcript(sessionId).map(t -> toMessage(sessionId, SessionScoring.of(t)));
    }

    private ServerMessage.Summary toMessage(UUID sessionId, SessionScore score) {
        Map<String, String> names = bank.topics().stream().collect(Collectors.toMap(Topic::id, Topic::name));
        return new ServerMessage.Summary(
                sessionId,
                decimal(score.score()),
                score.byTopic().stream()
                        .map(t -> new ServerMessage.TopicScore(
                                t.topic(), names.getOrDefault(t.topic(), t.topic()), decimal(t.score()), t.questions()))
                        .toList(),
                score.weakest().stream()
                        .map(w -> new ServerMessage.WeakPoint(
                                w.questionId(),
                                w.topic(),
                                w.point(),
                                w.status().name().toLowerCase(Locale.ROOT)))
                        .toList(),
                score.answered(),
                score.skipped(),
                score.total());
    }

    /** One decimal, as grades are sent; a session with nothing settled scores 0. */
    static BigDecimal decimal(@Nullable Double value) {
        return BigDecimal.valueOf(value == null ? 0.0 : value).setScale(1, RoundingMode.HALF_UP);
    }
}
