/**
 * The lexical side of grading: clauses with their offsets in the answer, technical terms, CJK bigrams and a small
 * Chinese-English glossary of concepts, so that English terms in a Chinese answer (and English answers) are matched.
 */
@NullMarked
package dev.mockinterview.grading.lexical;

import org.jspecify.annotations.NullMarked;
