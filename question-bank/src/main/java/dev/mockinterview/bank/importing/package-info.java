/**
 * Reading interview documents: decoding, normalising, cutting page noise, and one adapter per layout that turns
 * a document into question entries with the lines they came from, plus a report of every rejected or doubtful
 * entry.
 */
@NullMarked
package dev.mockinterview.bank.importing;

import org.jspecify.annotations.NullMarked;
