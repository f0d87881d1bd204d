/**
 * A user's interview history over REST: the list of their sessions, one session's transcript, its report (JSON or a
 * Markdown document to keep) and their progress by topic over time. Only the caller's own sessions are visible;
 * another user's session is reported as not found, so its existence is not revealed.
 */
@NullMarked
package dev.mockinterview.api.report;

import org.jspecify.annotations.NullMarked;
