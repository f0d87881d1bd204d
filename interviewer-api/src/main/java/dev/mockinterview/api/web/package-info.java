/**
 * The web page at {@code /}: static files under {@code static/} (no build step), Chart.js from its webjar, and
 * the headers that keep the page to its own origin.
 */
@NullMarked
package dev.mockinterview.api.web;

import org.jspecify.annotations.NullMarked;
