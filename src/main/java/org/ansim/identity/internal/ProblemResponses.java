package org.ansim.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem JSON for refusals that happen before a controller is reached. */
final class ProblemResponses {

    static final String TYPE_BASE = "https://ansim.seoul.go.kr/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {}

    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "Unauthorized",
                    "A valid key or a signed-in session is required.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "This key or account is not allowed to do this.");
    }
}
