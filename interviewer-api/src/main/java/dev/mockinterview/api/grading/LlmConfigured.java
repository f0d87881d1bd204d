package dev.mockinterview.api.grading;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code interview.grader.llm.base-url} has text, from any source the settings bind from (so also
 * {@code INTERVIEW_GRADER_LLM_BASE_URL}). An empty value, as an exported but unset environment variable gives,
 * counts as not configured, which {@code @ConditionalOnProperty} would not do.
 */
class LlmConfigured implements Condition {

    static final String BASE_URL = "interview.grader.llm.base-url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind(BASE_URL, String.class)
                .map(url -> !url.isBlank())
                .orElse(false);
    }
}
