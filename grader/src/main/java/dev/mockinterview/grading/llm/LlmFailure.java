package dev.mockinterview.grading.llm;

import java.util.Locale;

/**
 * Why the LLM could not give a usable verdict, classified by what the caller should do about it. Every kind maps to
 * exactly one {@link Outcome}; only {@link #MALFORMED_VERDICT} gets a repair request, and only once.
 */
public enum LlmFailure {
    /** 429: try again after {@code Retry-After} or the backoff, whichever is longer. */
    RATE_LIMITED(Outcome.RETRY, true),
    /** 408 from the server. */
    REQUEST_TIMEOUT(Outcome.RETRY, true),
    /** 5xx. */
    SERVER_ERROR(Outcome.RETRY, true),
    /** 400, 413, 422 and other 4xx: this request will never work, the endpoint itself is fine. */
    REQUEST_REJECTED(Outcome.FALLBACK, false),
    /** 401, 403: the operator's key is wrong; every call will fail until it is fixed. */
    AUTHENTICATION_FAILED(Outcome.FALLBACK, true),
    /** 404: wrong base URL or model name. */
    MODEL_NOT_FOUND(Outcome.FALLBACK, true),
    /** No response headers within the first-byte timeout (or the connect timeout). */
    FIRST_BYTE_TIMEOUT(Outcome.FALLBACK, true),
    /** The connection failed or was reset. */
    CONNECTION_FAILED(Outcome.FALLBACK, true),
    /** The HTTP body was not the provider's response shape. */
    PROTOCOL_ERROR(Outcome.FALLBACK, true),
    /** The model's reply did not match the verdict schema. */
    MALFORMED_VERDICT(Outcome.REPAIR, false),
    /** The grade's hard deadline passed (including a retry that could not fit in it). */
    DEADLINE_EXCEEDED(Outcome.FALLBACK, true),
    /** The circuit breaker is open: the LLM failed recently and is left alone for a while. */
    CIRCUIT_OPEN(Outcome.FALLBACK, false),
    /** Every concurrent slot and the waiting queue are taken. */
    QUEUE_FULL(Outcome.FALLBACK, false);

    /** What the grader does next. */
    public enum Outcome {
        /** Try the same call again inside the deadline; when no retry is left or fits, fall back. */
        RETRY,
        /** Ask the model once to correct its reply; when that fails too, fall back. */
        REPAIR,
        /** Grade with the embedded grader, marked degraded and {@code llm_unavailable}. */
        FALLBACK
    }

    private final Outcome outcome;
    private final boolean countsAgainstCircuit;

    LlmFailure(Outcome outcome, boolean countsAgainstCircuit) {
        this.outcome = outcome;
        this.countsAgainstCircuit = countsAgainstCircuit;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Whether this failure says the endpoint is unhealthy (rather than this one request being bad). */
    public boolean countsAgainstCircuit() {
        return countsAgainstCircuit;
    }

    /** The metric tag and log value. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The failure an HTTP status means. */
    public static LlmFailure ofStatus(int status) {
        if (status == 408) {
            return REQUEST_TIMEOUT;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status == 401 || status == 403) {
            return AUTHENTICATION_FAILED;
        }
        if (status == 404) {
            return MODEL_NOT_FOUND;
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        return REQUEST_REJECTED;
    }
}
