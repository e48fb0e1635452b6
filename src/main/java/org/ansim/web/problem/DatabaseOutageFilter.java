package org.ansim.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: when the database is away (restart, fail-over, full disk) anything that fails because of
 * it — even the session store, before Spring Security runs — is answered with 503: problem JSON on the API, a
 * plain readable page for people. The transaction that failed rolled back, so nothing is half-written; the
 * connection pool reconnects by itself once the database is back.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>잠시 후 다시 시도해 주세요 · Please try again shortly</title>
            <link rel="stylesheet" href="/css/ansim.css"></head>
            <body><main id="main" class="outage">
            <h1>잠시 후 다시 시도해 주세요</h1>
            <p>데이터베이스에 잠시 연결할 수 없습니다. 저장되지 않은 내용은 없습니다. 잠시 후 이 페이지를 새로 고쳐 주세요.</p>
            <h2 lang="en">Please try again shortly</h2>
            <p lang="en">The database cannot be reached for the moment. Nothing was half-saved. Reload this page in a little while.</p>
            </main></body></html>
            """;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseFailures.isDatabaseAway(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable while serving {} {}", request.getMethod(), request.getRequestURI());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"" + ApiProblems.TYPE_BASE
                                + "unavailable\",\"title\":\"Service Unavailable\","
                                + "\"status\":503,\"detail\":\"The database is not reachable right now. Nothing was saved;"
                                + " please retry shortly.\"}");
            } else {
                response.setContentType("text/html");
                response.getWriter().write(PAGE);
            }
        }
    }
}
