package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether a clause of the answer speaks of a scoped point's thing, by {@link ScopeSubject}. */
class ScopeSubjectTest {

    private static final String ADAPTER = "Adapter 微调只更新插入的适配层";

    private final ScopeReader reader = new ScopeReader();

    private ScopeSubject subject(String point, String otherPoint, String question) {
        return ScopeSubject.of(
                reader.scope(point),
                ScopeWords.keys(TermExtractor.normalize(otherPoint)),
                ScopeWords.keys(TermExtractor.normalize(question)));
    }

    private static boolean spokenOf(ScopeSubject subject, String clause, String leading) {
        return subject.spokenOfIn(clause, clause.indexOf("更新"), leading);
    }

    @Test
    void thePointsOwnNameIsItsSubject() {
        assertThat(spokenOf(subject(ADAPTER, "", ""), "adapter 微调时所有参数都会更新", ""))
                .isTrue();
    }

    @Test
    void anotherMethodBeforeTheActionIsAnotherSubject() {
        assertThat(spokenOf(subject(ADAPTER, "", ""), "前缀微调只更新前缀", "")).isFalse();
    }

    @Test
    void anotherEnglishNameInALeadingClauseIsAnotherSubject() {
        assertThat(spokenOf(subject(ADAPTER, "", ""), "所有参数都会更新", "bert 预热时,")).isFalse();
    }

    @Test
    void wordsOnlyAnotherPointHoldsMakeAnotherSubject() {
        ScopeSubject subject = subject(ADAPTER, "全量微调会更新骨干网络的权重", "");

        assertThat(subject.foreign()).contains("骨干", "网络");
        assertThat(spokenOf(subject, "骨干网络会更新所有权重", "")).isFalse();
    }

    @Test
    void aPointNamingNothingTakesTheQuestionsNames() {
        ScopeSubject subject = subject("只更新插入的适配层", "", "Adapter 微调时更新哪些参数？");

        assertThat(subject.allowedNames()).isEqualTo(Set.of("adapter"));
        assertThat(spokenOf(subject, "adapter 所有参数都会更新", "")).isTrue();
    }
}
