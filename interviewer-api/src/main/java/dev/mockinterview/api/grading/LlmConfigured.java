package dev.mockinterview.api.grading;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code interview.grader.llm.base-url} has text. An empty value (an unset environment variable
 * exported as {@code ""}) counts as not configured, which {@code @ConditionalOnProperty} would not do.
 */
class LlmConfigured implements Condition {

    static final String BASE_URL = "interview.grader.llm.base-url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String baseUrl = context.getEnvironment().getProperty(BASE_URL);
        return baseUrl != null && !baseUrl.isBlank();
    }
}
