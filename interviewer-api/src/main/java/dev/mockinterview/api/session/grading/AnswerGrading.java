package dev.mockinterview.api.session.grading;

import dev.mockinterview.api.store.Answer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Grades answers that are already stored. A grade is stored before anyone hears of it, and each answer is graded
 * once however many instances, crashes and restarts there are.
 */
public interface AnswerGrading {

    /**
     * Grades this stored answer now, on this instance, and completes once the grade is stored. An answer that
     * already has a grade completes with it; one another instance is grading completes when that grade is stored.
     * Follow-ups are graded as a supplement to the answer they follow.
     */
    Mono<GradedAnswer> gradeNow(Answer answer);

    /**
     * Every grade this instance stores from now on, including answers recovered from the queue after a restart.
     * Hot: subscribers see grades stored after they subscribe.
     */
    Flux<GradedAnswer> graded();
}
