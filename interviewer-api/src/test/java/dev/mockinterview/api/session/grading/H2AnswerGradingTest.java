package dev.mockinterview.api.session.grading;

/** Durable grading on the embedded H2 file the service uses by default (one file per test context). */
class H2AnswerGradingTest extends AnswerGradingContract {}
