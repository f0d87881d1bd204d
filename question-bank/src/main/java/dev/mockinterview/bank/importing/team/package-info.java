/**
 * The formats teams bring to the bank: Markdown (a heading or a numbered line per question), CSV and TSV with
 * RFC 4180 quoting and a header row, and JSON Lines in the bank's own schema, which {@link
 * dev.mockinterview.bank.importing.team.QuestionExporter} writes so that an export re-imports to the same
 * questions.
 */
@NullMarked
package dev.mockinterview.bank.importing.team;

import org.jspecify.annotations.NullMarked;
