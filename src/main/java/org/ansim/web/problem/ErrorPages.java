package org.ansim.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends errors that no controller answered (unknown paths, wrong methods, refusals in
 * filters): problem JSON for {@code /api/**}, a readable page for people.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> PAGES = Set.of(403, 404, 500, 503);

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        var status = status(request);
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && DatabaseFailures.isDatabaseAway(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            return api(status);
        }
        var view = PAGES.contains(status.value()) ? "error/" + status.value() : "error";
        return new ModelAndView(view, Map.of("status", status.value()), status);
    }

    private static ResponseEntity<Object> api(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND ->
                ApiProblems.problem(status, "not-found", "Not Found", "There is nothing at this address.");
            case METHOD_NOT_ALLOWED ->
                ApiProblems.problem(
                        status, "method-not-allowed", "Method Not Allowed", "This address does not take that method.");
            case CONTENT_TOO_LARGE ->
                ApiProblems.problem(status, "too-large", "Content Too Large", "The request body is over 1 MiB.");
            case UNSUPPORTED_MEDIA_TYPE ->
                ApiProblems.problem(
                        status, "unsupported-media-type", "Unsupported Media Type", "Send application/json.");
            case SERVICE_UNAVAILABLE ->
                ApiProblems.problem(
                        status,
                        "unavailable",
                        "Service Unavailable",
                        "The database is not reachable right now; retry shortly.");
            case UNAUTHORIZED ->
                ApiProblems.problem(
                        status, "unauthorized", "Unauthorized", "A valid key or a signed-in session is required.");
            case FORBIDDEN -> ApiProblems.problem(status, "forbidden", "Forbidden", "Not allowed.");
            default ->
                status.is4xxClientError()
                        ? ApiProblems.problem(
                                status, "invalid-request", status.getReasonPhrase(), status.getReasonPhrase())
                        : ApiProblems.problem(
                                status, "internal", status.getReasonPhrase(), "Something went wrong on our side.");
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            var status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
