package dev.mockinterview.api.security;

import dev.mockinterview.api.security.AccessRules.Access;
import dev.mockinterview.api.store.User;
import dev.mockinterview.api.store.UserRepository;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Resolves the caller of every exchange, or refuses it. A WebSocket handshake must first come from an allowed
 * origin, in both modes. In local mode the caller is always the local user, created in the store on first use so
 * sessions can refer to it, and requests must be addressed to this machine by name. In team mode a request names its user with a bearer token (see {@link PresentedToken}),
 * except on the open paths of {@link AccessRules}; creating users takes the admin token instead.
 */
final class CallerFilter implements WebFilter, Ordered {

    /** Longer than any token we issue by far; longer ones are not even looked up. */
    private static final int MAX_TOKEN_LENGTH = 512;

    private final SecurityMode mode;
    private final boolean loopbackOnly;
    private final UserRepository users;
    private final AdminToken admin;
    private final OriginPolicy origins;
    private final AccessRules rules = new AccessRules();
    private final Refusals refusals;
    private final Mono<Caller> localCaller;

    /**
     * @param listenAddress {@code server.address}; when it is a loopback address, local mode also refuses requests
     *     addressed to other host names (see {@link LoopbackHosts})
     */
    CallerFilter(SecuritySettings settings, @Nullable String listenAddress, UserRepository users, Refusals refusals) {
        this.mode = settings.mode();
        this.loopbackOnly = LoopbackHosts.isLoopbackAddress(listenAddress);
        this.users = users;
        this.admin = new AdminToken(settings.adminToken());
        this.origins = new OriginPolicy(settings.allowedOrigins());
        this.refusals = refusals;
        this.localCaller = users.ensure(LocalUser.ID, LocalUser.NAME)
                .map(CallerFilter::caller)
                .cache(caller -> Duration.ofDays(3650), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean handshake = WebSocketHandshake.is(exchange.getRequest());
        if (handshake && !origins.allows(exchange.getRequest())) {
            return refusals.refuse(exchange, Refusal.ORIGIN_NOT_ALLOWED);
        }
        if (mode == SecurityMode.LOCAL) {
            if (loopbackOnly && !LoopbackHosts.addressedToLoopback(exchange.getRequest())) {
                return refusals.refuse(exchange, Refusal.HOST_NOT_ALLOWED);
            }
            return localCaller.flatMap(caller -> proceed(exchange, chain, caller));
        }
        Access access = rules.of(exchange.getRequest());
        if (access == Access.OPEN) {
            return chain.filter(exchange);
        }
        Optional<PresentedToken> presented = PresentedToken.of(exchange.getRequest(), handshake);
        if (presented.isEmpty()) {
            return refusals.refuse(exchange, Refusal.MISSING_TOKEN);
        }
        ServerWebExchange forwarded = presented.get().forwarded(exchange);
        String token = presented.get().token();
        return access == Access.ADMIN ? asAdmin(forwarded, chain, token) : asUser(forwarded, chain, token);
    }

    private Mono<Void> asAdmin(ServerWebExchange exchange, WebFilterChain chain, String token) {
        if (!admin.isConfigured()) {
            return refusals.refuse(exchange, Refusal.NO_ADMIN_TOKEN_CONFIGURED);
        }
        if (admin.matches(token)) {
            exchange.getAttributes().put(AdminAccess.ATTRIBUTE, AdminAccess.GRANTED);
            return chain.filter(exchange);
        }
        // A user's own token earns a clearer answer than an unknown one: they are known, just not the admin.
        return user(token)
                .flatMap(user -> refusals.refuse(
                        exchange, user.isPresent() ? Refusal.ADMIN_TOKEN_REQUIRED : Refusal.UNKNOWN_TOKEN));
    }

    private Mono<Void> asUser(ServerWebExchange exchange, WebFilterChain chain, String token) {
        if (admin.matches(token)) {
            return refusals.refuse(exchange, Refusal.ADMIN_TOKEN_NOT_A_USER);
        }
        return user(token)
                .flatMap(user -> user.map(found -> proceed(exchange, chain, caller(found)))
                        .orElseGet(() -> refusals.refuse(exchange, Refusal.UNKNOWN_TOKEN)));
    }

    private Mono<Optional<User>> user(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Mono.just(Optional.empty());
        }
        return users.findByToken(token).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    private static Mono<Void> proceed(ServerWebExchange exchange, WebFilterChain chain, Caller caller) {
        exchange.getAttributes().put(Caller.ATTRIBUTE, caller);
        return chain.filter(exchange);
    }

    private static Caller caller(User user) {
        return new Caller(user.id(), user.name());
    }

    @Override
    public int getOrder() {
        // Before anything that reads the caller, after Spring's own error handling has been installed.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
