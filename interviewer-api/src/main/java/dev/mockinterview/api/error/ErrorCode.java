package dev.mockinterview.api.error;

import org.springframework.http.HttpStatus;

/**
 * Every error a client can see, over HTTP or (later) over the WebSocket. The names are the wire values: clients
 * branch on them, so a code is never renamed or reused for another meaning.
 */
public enum ErrorCode {
    /** No route matches the path. */
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    /** The route exists but not with this HTTP method. */
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    /** The request body is not JSON, or a parameter has the wrong type or is missing. */
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
    /** {@code page} below 0 or {@code size} below 1. */
    INVALID_PAGING(HttpStatus.BAD_REQUEST, "Invalid paging"),
    /** An unknown topic, a difficulty outside 1 to 3, or a quality status that does not exist. */
    INVALID_FILTER(HttpStatus.BAD_REQUEST, "Invalid filter"),
    QUESTION_NOT_FOUND(HttpStatus.NOT_FOUND, "Question not found"),
    /** The bank question has neither a reference answer nor key points, so there is nothing to grade against. */
    QUESTION_NOT_GRADABLE(HttpStatus.UNPROCESSABLE_CONTENT, "Question cannot be graded"),
    ANSWER_EMPTY(HttpStatus.BAD_REQUEST, "Answer is empty"),
    ANSWER_TOO_LONG(HttpStatus.BAD_REQUEST, "Answer is too long"),
    /** A grader was asked for that this deployment does not run (typically {@code llm} with no LLM configured). */
    GRADER_NOT_CONFIGURED(HttpStatus.BAD_REQUEST, "Grader not configured"),
    /** All grading threads are busy and the queue is full: retry later. */
    GRADING_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "Grading is busy"),
    /** Grading did not finish within the configured time. */
    GRADING_TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE, "Grading timed out"),
    /** No session with this id, or one that belongs to someone else. */
    SESSION_NOT_FOUND(HttpStatus.NOT_FOUND, "Session not found"),
    /** The session changed since it was read (another connection took it over): read it again. */
    SESSION_CHANGED(HttpStatus.CONFLICT, "Session changed"),
    /** The resume token does not belong to this session. */
    BAD_RESUME_TOKEN(HttpStatus.FORBIDDEN, "Bad resume token"),
    /** The question was not asked in this session. */
    QUESTION_NOT_ASKED(HttpStatus.CONFLICT, "Question not asked"),
    /** This question already has an answer for this attempt. */
    DUPLICATE_ANSWER(HttpStatus.CONFLICT, "Duplicate answer"),
    /** A WebSocket frame that is not a JSON object with a string {@code type}, or a field of the wrong shape. */
    INVALID_MESSAGE(HttpStatus.BAD_REQUEST, "Invalid message"),
    /** A WebSocket message whose {@code type} the interviewer does not know. */
    UNKNOWN_MESSAGE_TYPE(HttpStatus.BAD_REQUEST, "Unknown message type"),
    /** A session message ({@code answer}, {@code skip}, {@code next}, {@code end}...) before {@code start} or {@code resume}. */
    NO_ACTIVE_SESSION(HttpStatus.CONFLICT, "No active session"),
    /** The message names a question that is not the current one. */
    WRONG_QUESTION(HttpStatus.CONFLICT, "Wrong question"),
    /** The question was skipped, timed out or left behind, or the session is over: it takes no more answers. */
    QUESTION_CLOSED(HttpStatus.CONFLICT, "Question closed"),
    /** The message is valid but not at this point of the session (e.g. {@code next} while a question waits). */
    NOT_ALLOWED_NOW(HttpStatus.CONFLICT, "Not allowed now"),
    /** The user has as many active sessions as allowed at once. */
    TOO_MANY_SESSIONS(HttpStatus.TOO_MANY_REQUESTS, "Too many sessions"),
    /** Another connection resumed this session; this one is closed (WebSocket close code 4000). */
    SESSION_TAKEN_OVER(HttpStatus.CONFLICT, "Session taken over"),
    /** No question of the bank matches the filters of {@code start}. */
    NO_QUESTIONS_MATCH(HttpStatus.UNPROCESSABLE_CONTENT, "No questions match"),
    /** Team mode: no bearer token, or one that belongs to no user. */
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Unauthenticated"),
    /** Team mode: creating users needs the admin token, not a user's token (or no admin token is configured). */
    ADMIN_TOKEN_REQUIRED(HttpStatus.FORBIDDEN, "Admin token required"),
    /** A WebSocket handshake from a page whose origin is not allowed ({@code interview.security.allowed-origins}). */
    ORIGIN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Origin not allowed"),
    /** Local mode on a loopback address: a request addressed to another host name (a DNS rebinding attempt). */
    HOST_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Host not allowed"),
    /** A WebSocket connection sent more messages than the window allows; sent just before closing with 1008. */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many messages"),
    UNSUPPORTED_MEDIA(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
    /** A fault of ours; the message never carries internals. */
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final HttpStatus status;
    private final String title;

    ErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code a framework error with this status is reported under. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL;
        };
    }
}
