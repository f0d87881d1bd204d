package dev.mockinterview.grading.evaluation;

/** What can be wrong with a development or attack set file: the closed vocabulary of {@link DevsetException}. */
enum DevsetProblem {
    UNREADABLE,
    MISSING_FIELD,
    UNKNOWN_LEVEL,
    UNKNOWN_FLAG,
    UNKNOWN_KIND,
    BAD_RANGE,
    RANGE_DISAGREES_WITH_LEVEL,
    DUPLICATE_ID,
    INCOMPLETE_QUESTION,
    UNKNOWN_QUESTION
}
