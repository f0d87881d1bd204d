package dev.mockinterview.api.store;

/** A session just created, with the only copy of its resume token; the database keeps its hash. */
public record StartedSession(InterviewSession session, String resumeToken) {
    @Override
    public String toString() {
        return "StartedSession[session=" + session + ", resumeToken=<hidden>]";
    }
}
