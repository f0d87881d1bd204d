/** The WebSocket {@code /ws/interview}: frames to messages and back, one {@code Conversation} per connection. */
@NullMarked
package dev.mockinterview.api.session.socket;

import org.jspecify.annotations.NullMarked;
