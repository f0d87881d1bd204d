/**
 * Live interview sessions. The {@code store} package keeps them durable; the WebSocket protocol builds on it.
 */
@NullMarked
package dev.mockinterview.api.session;

import org.jspecify.annotations.NullMarked;
