package dev.mockinterview.api.store;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code spring.r2dbc.url} is unset or blank: then the embedded H2 file database is used. Boot's own
 * fallback would be an in-memory database, which loses everything on restart.
 */
class NoR2dbcUrl implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("spring.r2dbc.url", String.class)
                .map(String::isBlank)
                .orElse(true);
    }
}
