package org.ansim.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A machine client of Ansim's API (the police system, the device gateway, a script), with or without a key. */
public final class ApiClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String key;

    private ApiClient(int port, String key) {
        this.base = "http://localhost:" + port;
        this.key = key;
    }

    public static ApiClient withKey(int port, String key) {
        return new ApiClient(port, key);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, Map.of());
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        builder.header("Accept", "application/json");
        headers.forEach(builder::header);
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
