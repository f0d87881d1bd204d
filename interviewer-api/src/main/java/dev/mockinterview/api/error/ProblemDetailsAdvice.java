package dev.mockinterview.api.error;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Renders every error as an RFC 9457 problem detail ({@code application/problem+json}) with a {@code code}
 * member from {@link ErrorCode}. Framework errors (unknown route, wrong method, unreadable JSON, type mismatch)
 * come through the base class; since Spring 6 the dispatcher routes even "no handler found" through here.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String CODE = "code";
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    Mono<ResponseEntity<Object>> handleApiException(ApiException ex, ServerWebExchange exchange) {
        ErrorCode code = ex.code();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), ex.getMessage());
        problem.setTitle(code.title());
        ex.details().forEach(problem::setProperty);
        problem.setProperty(CODE, code.name());
        if (code.status().is5xxServerError()) {
            log.warn("{} on {}: {}", code, exchange.getRequest().getPath(), ex.getMessage());
        }
        return Mono.just(ResponseEntity.status(code.status()).body(problem));
    }

    /** Anything unforeseen: logged in full here, reported without internals to the client. */
    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<Object>> handleUnexpected(Exception ex, ServerWebExchange exchange) {
        log.error(
                "Unexpected error on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                ex);
        return handleApiException(
                new ApiException(ErrorCode.INTERNAL, "The service failed to handle this request."), exchange);
    }

    /** Framework errors often carry no detail; say what a client can act on, never internals. */
    private static String detail(Exception ex, ErrorCode code, ServerWebExchange exchange) {
        if (code == ErrorCode.NOT_FOUND) {
            return "Nothing at " + exchange.getRequest().getPath() + "; see /v3/api-docs for the API.";
        }
        if (ex instanceof ServerWebInputException input) {
            MethodParameter parameter = input.getMethodParameter();
            String name = parameter == null ? null : parameter.getParameterName();
            String reason = input.getReason() == null ? code.title() : input.getReason();
            return name == null || parameter.hasParameterAnnotation(RequestBody.class)
                    ? reason
                    : reason + " (parameter '" + name + "')";
        }
        if (ex instanceof ResponseStatusException status && status.getReason() != null) {
            return status.getReason();
        }
        return code.title();
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(
            Exception ex,
            @Nullable Object body,
            @Nullable HttpHeaders headers,
            HttpStatusCode status,
            ServerWebExchange exchange) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        ErrorCode code = ErrorCode.forStatus(status.value());
        if (problem.getTitle() == null) {
            problem.setTitle(code.title());
        }
        if (problem.getDetail() == null) {
            problem.setDetail(detail(ex, code, exchange));
        }
        problem.setProperty(CODE, code.name());
        return super.handleExceptionInternal(ex, problem, headers, status, exchange);
    }
}
