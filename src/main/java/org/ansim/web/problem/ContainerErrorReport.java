package org.ansim.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers the few errors that Tomcat raises before Ansim sees the request (a path with an encoded slash or a null
 * byte, a malformed request line): problem JSON on {@code /api/**}, a short readable page elsewhere — never Tomcat's
 * own HTML report.
 */
public class ContainerErrorReport extends ErrorReportValve {

    public ContainerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var uri = rawUri(request);
            var writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (uri.startsWith("/api/") || uri.isEmpty() || wantsJson(request)) {
                response.setContentType("application/problem+json");
                var slug = status >= 500 ? "internal" : "invalid-request";
                writer.write("{\"type\":\"" + ApiProblems.TYPE_BASE + slug + "\",\"title\":\"Bad Request\",\"status\":"
                        + status + ",\"detail\":\"The request could not be understood.\"}");
            } else {
                response.setContentType("text/html");
                writer.write(
                        "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>요청을 처리할 수 없습니다</title>"
                                + "</head><body><main><h1>요청을 처리할 수 없습니다</h1><p lang=\"en\">The request could not be handled."
                                + "</p><p><a href=\"/\">안심 처음으로 · Ansim home</a></p></main></body></html>");
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was already used; nothing more to say.
        }
    }

    private static String rawUri(Request request) {
        var coyote = request.getCoyoteRequest();
        var raw = coyote == null ? null : coyote.requestURI().toString();
        return raw == null ? "" : raw;
    }

    private static boolean wantsJson(Request request) {
        var accept = request.getHeader("Accept");
        return accept != null && accept.contains("json");
    }
}
