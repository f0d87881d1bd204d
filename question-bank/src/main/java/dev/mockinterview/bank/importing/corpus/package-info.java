/**
 * One adapter per layout of the bundled seed corpus (numbered sections, checklist notes, headed article, unquoted
 * sheet). Each finds question boundaries by rule and reports what it could not read.
 */
@NullMarked
package dev.mockinterview.bank.importing.corpus;

import org.jspecify.annotations.NullMarked;
