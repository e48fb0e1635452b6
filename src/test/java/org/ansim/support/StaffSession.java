package org.ansim.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a browser, as far as HTTP goes: a cookie jar, the CSRF token of the last page, form posts and JSON
 * calls. Signs in through the real {@code /login} form.
 */
public final class StaffSession {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String csrf;

    public StaffSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static StaffSession signedIn(int port, String username, String password) {
        var session = new StaffSession(port);
        var response = session.signIn(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }

    /** Posts the sign-in form; returns the redirect the server answered with. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        var response =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        rememberCsrf(response.body());
        return response;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        var form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        var body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        return send(builder.build());
    }

    public HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        var builder =
                HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** Any JSON call with the session's cookie and CSRF header, as the staff UI's scripts make it. */
    public HttpResponse<String> sendJson(String method, String path, String body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        builder.header("Accept", "application/json");
        if (body != null && !headers.containsKey("Content-Type")) {
            builder.header("Content-Type", "application/json");
        }
        if (csrf != null) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** The session cookie as a {@code Cookie} header value, to present it to another node. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("ANSIM_SESSION"))
                .map(c -> c.getName() + "=" + c.getValue())
                .findFirst()
                .orElseThrow();
    }

    public String csrf() {
        return csrf;
    }

    private void rememberCsrf(String body) {
        if (body == null) {
            return;
        }
        var meta = CSRF_META.matcher(body);
        if (meta.find()) {
            csrf = meta.group(1);
            return;
        }
        var input = CSRF_INPUT.matcher(body);
        if (input.find()) {
            csrf = input.group(1);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
