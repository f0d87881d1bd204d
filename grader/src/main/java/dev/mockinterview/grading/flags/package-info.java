/**
 * What a careful human grader notices beyond content: injected instructions (found and removed before grading),
 * echoed questions, pasted references, keyword lists, an answer in another language.
 */
@NullMarked
package dev.mockinterview.grading.flags;

import org.jspecify.annotations.NullMarked;
