package dev.mockinterview.api.security;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.store.UserRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "users", description = "Team mode: the admin creates users, each with a bearer token shown once")
class UserController {

    static final int MAX_NAME_LENGTH = 100;

    private final SecurityMode mode;
    private final UserRepository users;

    UserController(SecuritySettings settings, UserRepository users) {
        this.mode = settings.mode();
        this.users = users;
    }

    @PostMapping(path = "/users", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a user (team mode, admin token): the reply holds the user's token, shown only once",
            description = "Authorization: Bearer <interview.security.admin-token>. In local mode there are no"
                    + " users to create: 404.")
    Mono<ResponseEntity<CreatedUser>> create(
            @RequestBody(required = false) @Nullable NewUserBody body, ServerWebExchange exchange) {
        if (mode == SecurityMode.LOCAL) {
            throw new ApiException(
                    ErrorCode.NOT_FOUND,
                    "Local mode has one user and no user accounts; users exist in team mode"
                            + " (interview.security.mode=team).");
        }
        AdminAccess.require(exchange);
        String name = validName(body == null ? null : body.name());
        return users.create(name)
                .map(created -> ResponseEntity.status(HttpStatus.CREATED)
                        .cacheControl(CacheControl.noStore())
                        .body(new CreatedUser(
                                created.user().id(), created.user().name(), created.token())));
    }

    private static String validName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw invalidName("A user needs a name.");
        }
        String stripped = name.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
            throw invalidName("A name has at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw invalidName("A name may not contain control characters.");
        }
        return stripped;
    }

    private static ApiException invalidName(String message) {
        return new ApiException(ErrorCode.INVALID_REQUEST, message, Map.of("field", "name", "limit", MAX_NAME_LENGTH));
    }
}
