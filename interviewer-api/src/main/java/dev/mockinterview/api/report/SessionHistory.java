package dev.mockinterview.api.report;

import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.Transcript;
import dev.mockinterview.api.store.TranscriptQueries;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A user's sessions as the endpoints read them. Every read names the user, and a session of someone else is
 * {@code SESSION_NOT_FOUND} exactly like one that does not exist.
 */
@Service
class SessionHistory {

    private final SessionRepository sessions;
    private final TranscriptQueries transcripts;
    private final TranscriptViews views;

    SessionHistory(SessionRepository sessions, TranscriptQueries transcripts, TranscriptViews views) {
        this.sessions = sessions;
        this.transcripts = transcripts;
        this.views = views;
    }

    Mono<List<SessionItem>> list(UUID userId) {
        return transcripts.transcriptsOf(userId).map(views::item).collectList();
    }

    Mono<SessionDetail> detail(UUID userId, UUID sessionId) {
        return owned(userId, sessionId).map(views::detail);
    }

    Mono<SessionReport> report(UUID userId, UUID sessionId) {
        return owned(userId, sessionId).map(views::report);
    }

    Mono<Progress> progress(UUID userId) {
        return transcripts.progress(userId).collectList().map(views::progress);
    }

    private Mono<Transcript> owned(UUID userId, UUID sessionId) {
        return transcripts.ownedTranscript(sessionId, userId);
    }
}
