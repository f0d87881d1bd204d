/**
 * The bank over HTTP: topics, filtered and searched question pages, question details. The bank itself (import,
 * dedupe, search) lives in the {@code question-bank} module; this package only adapts it to the v1 contract.
 */
@NullMarked
package dev.mockinterview.api.bank;

import org.jspecify.annotations.NullMarked;
