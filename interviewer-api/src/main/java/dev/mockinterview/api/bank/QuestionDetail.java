package dev.mockinterview.api.bank;

import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.Source;
import java.util.List;

/**
 * A question with its reference, rubric and provenance.
 *
 * @param keyPoints the rubric statements a grade is made against
 * @param variants other wordings merged into this question
 * @param qualityFlags why the reference got its quality status (review flags and automatic checks)
 */
public record QuestionDetail(
        String id,
        String topic,
        int difficulty,
        QualityStatus quality,
        List<String> qualityFlags,
        String question,
        String referenceAnswer,
        List<String> keyPoints,
        List<Source> sources,
        List<String> related,
        List<String> variants) {

    static QuestionDetail of(Question q) {
        return new QuestionDetail(
                q.id(),
                q.topic(),
                q.difficulty(),
                q.quality().status(),
                q.quality().flags(),
                q.question(),
                q.referenceAnswer(),
                q.keyPointTexts(),
                q.sources(),
                q.related(),
                q.variants());
    }
}
