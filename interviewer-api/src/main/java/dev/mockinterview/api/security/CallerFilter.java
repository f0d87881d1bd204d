package dev.mockinterview.api.security;

import dev.mockinterview.api.store.UserRepository;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Resolves the caller of every exchange. In local mode that is always the local user, created in the store on
 * first use so sessions can refer to it.
 */
final class CallerFilter implements WebFilter, Ordered {

    private final Mono<Caller> localCaller;

    CallerFilter(UserRepository users) {
        this.localCaller = users.ensure(LocalUser.ID, LocalUser.NAME)
                .map(user -> new Caller(user.id(), user.name()))
                .cache(caller -> Duration.ofDays(3650), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return localCaller.flatMap(caller -> {
            exchange.getAttributes().put(Caller.ATTRIBUTE, caller);
            return chain.filter(exchange);
        });
    }

    @Override
    public int getOrder() {
        // Before anything that reads the caller, after Spring's own error handling has been installed.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
