/**
 * Who is calling. Local mode serves one local user without credentials; team mode requires a bearer token. Every
 * request and WebSocket handshake carries its {@link dev.mockinterview.api.security.Caller} as an exchange attribute.
 */
@NullMarked
package dev.mockinterview.api.security;

import org.jspecify.annotations.NullMarked;
