/** The interview service: REST, WebSocket sessions, persistence, metrics. */
@NullMarked
package dev.mockinterview.api;

import org.jspecify.annotations.NullMarked;
