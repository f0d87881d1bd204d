package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** How {@link ScopeChange} reads a clause of the answer against a point's scope. */
class ScopeChangeTest {

    private final ScopeReader reader = new ScopeReader();

    private final ScopeChange change = new ScopeChange();

    private String widens(String point, String clause) {
        Scope scope = reader.scope(point);
        String text = TermExtractor.normalize(clause);
        Matcher verb = scope.action().verb().matcher(text);
        assertThat(verb.find()).isTrue();
        return change.widens(scope, text, verb);
    }

    @Test
    void anAllWordOverAnotherThingWidensTheRestriction() {
        assertThat(widens("Adapter 微调只更新插入的适配层", "adapter 微调时所有参数都会更新")).isEqualTo("参考答案说只「更新插入的适配层」，回答却扩大到「所有参数」");
    }

    @Test
    void anAllWordOverTheRestrictedPartItselfWidensNothing() {
        assertThat(widens("Adapter 微调只更新插入的适配层", "微调时所有适配层都会更新")).isNull();
    }

    @Test
    void theExcludedThingAsTheObjectWidensTheRestriction() {
        assertThat(widens("Adapter 微调只更新插入的适配层，主干参数不更新", "adapter 微调会把主干参数一起更新"))
                .isEqualTo("参考答案说只「更新插入的适配层」，回答却把「参数」也算了进去");
    }

    @Test
    void aClauseThatRestrictsItselfWidensNothing() {
        assertThat(widens("Adapter 微调只更新插入的适配层", "adapter 只更新适配层,所有层都参与前向")).isNull();
    }

    @Test
    void onlyWithAPartWordNarrowsATotality() {
        Scope scope = reader.scope("量化时对全部线性层都做量化");

        assertThat(change.narrows(scope, "只量化最后几层")).isEqualTo("参考答案说「量化时对全部线性层都做量化」，回答却说只有一部分（「只量化最后」）");
        assertThat(change.narrows(scope, "只量化注意力层")).isNull();
    }
}
