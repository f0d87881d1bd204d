/** Building the bank from parsed entries: clusters, canonical answers, ids, rubrics and quality. */
@NullMarked
package dev.mockinterview.bank.build;

import org.jspecify.annotations.NullMarked;
