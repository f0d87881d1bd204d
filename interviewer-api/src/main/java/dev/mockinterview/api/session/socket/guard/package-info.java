/**
 * Connection-level limits for any WebSocket handler: frame size, message rate, heartbeat and idle close, and the
 * metrics of open and closed connections. {@link dev.mockinterview.api.session.socket.guard.SocketGuard} wraps a
 * handler; the handler then sees a session whose {@code receive()} is already guarded.
 */
@NullMarked
package dev.mockinterview.api.session.socket.guard;

import org.jspecify.annotations.NullMarked;
