/**
 * The closed vocabulary of errors the service reports, and its rendering as RFC 9457 problem details. The same
 * {@link dev.mockinterview.api.error.ErrorCode} values are meant for the WebSocket {@code error {code, message}}.
 */
@NullMarked
package dev.mockinterview.api.error;

import org.jspecify.annotations.NullMarked;
