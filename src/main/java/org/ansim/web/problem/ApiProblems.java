package org.ansim.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error on {@code /api/**} as RFC 9457 problem JSON: {@code type}, {@code title}, {@code status},
 * {@code detail}, and {@code errors[]} naming invalid fields. Never a stack trace, never a 500 for bad input; a
 * database that is away is a 503 the client may retry.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://ansim.seoul.go.kr/problems/";
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    record FieldProblem(String field, String message) {}

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(fieldProblems(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problems = new ArrayList<FieldProblem>();
        ex.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> problems.add(new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return invalid(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodySizeLimitFilter.isTooLarge(ex)) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE, "too-large", "Content Too Large", "The request body is over 1 MiB.");
        }
        var problems = new ArrayList<FieldProblem>();
        var cause = ex.getMostSpecificCause();
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            var field = fieldPath(mismatch);
            var message = cause instanceof InvalidFormatException ? "has the wrong type or format" : "is not valid";
            problems.add(new FieldProblem(field, message));
        } else {
            problems.add(new FieldProblem("body", "is not readable JSON"));
        }
        return invalid(problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return invalid(List.of(new FieldProblem(ex.getName(), "has the wrong type or format")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        var problems = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid(problems);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex) {
        return problem(
                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This key or account is not allowed to do this.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthorized(AuthenticationException ex) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Sign in or send a valid key.");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> conflict(OptimisticLockingFailureException ex) {
        return problem(
                HttpStatus.CONFLICT,
                "conflict",
                "Conflict",
                "Someone else changed this at the same time; reload and retry.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
        log.warn("Refused by a database constraint: {}", constraintOf(ex));
        if (isDataException(ex)) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Bad Request",
                    "A value could not be stored: it has characters or a size the database does not take.");
        }
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", "This conflicts with data already stored.");
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        QueryTimeoutException.class,
        TransientDataAccessException.class
    })
    ResponseEntity<Object> databaseAway(Exception ex) {
        log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
        var response = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable",
                "Service Unavailable",
                "The database is not reachable right now. Nothing was saved; please retry shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(response.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseFailures.isDatabaseAway(ex)) {
            return databaseAway(ex);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal Server Error",
                "Something went wrong on our side. It has been logged.");
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            enrich(problem, statusCode);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static void enrich(ProblemDetail problem, HttpStatusCode status) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_BASE + slug(status)));
        }
        if (problem.getTitle() == null) {
            var resolved = HttpStatus.resolve(status.value());
            problem.setTitle(resolved == null ? "Error" : resolved.getReasonPhrase());
        }
        if (problem.getDetail() == null) {
            problem.setDetail(problem.getTitle());
        }
    }

    private static String slug(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 503 -> "unavailable";
            default -> "error-" + status.value();
        };
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or invalid.");
        problem.setType(URI.create(TYPE_BASE + "invalid-request"));
        problem.setTitle("Bad Request");
        problem.setProperties(Map.of("errors", errors));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static List<FieldProblem> fieldProblems(BindingResult result) {
        var problems = new ArrayList<FieldProblem>();
        result.getFieldErrors().forEach(e -> problems.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
        result.getGlobalErrors().forEach(e -> problems.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return problems;
    }

    private static String fieldPath(MismatchedInputException mismatch) {
        var path = new StringBuilder();
        for (var reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String path) {
        var dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** SQL state class 22 (data exception): the value itself was unacceptable, which is bad input. */
    private static boolean isDataException(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** The constraint's name and SQL state only: the database's message may quote personal data. */
    private static String constraintOf(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getSQLState() + " " + psql.getServerErrorMessage().getConstraint() + " on "
                        + psql.getServerErrorMessage().getTable() + "."
                        + psql.getServerErrorMessage().getColumn();
            }
        }
        return failure.getClass().getSimpleName();
    }

    static boolean isErrorResponse(Exception ex) {
        return ex instanceof ErrorResponse;
    }
}
