package org.ansim.intake.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ansim.intake.ApplicationMother.Applicant;

/**
 * Someone on the public online form, in her own browser session, from her own address (sent as
 * {@code X-Forwarded-For}, as the city's reverse proxy does), so that tests do not share the hourly limit.
 */
final class OnlineVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final String base;
    private final String address;
    private final HttpClient http;
    private String csrf;
    private String token;

    OnlineVisitor(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static String uniqueAddress() {
        var random = ThreadLocalRandom.current();
        return "198.51.%d.%d".formatted(random.nextInt(256), 1 + random.nextInt(254));
    }

    /** Opens the form; remembers its one-time token. */
    HttpResponse<String> opensTheForm() {
        var page = get("/apply");
        remember(page.body());
        return page;
    }

    /** Waits as long as a person takes at least to fill the form. */
    OnlineVisitor fillsItIn() {
        try {
            Thread.sleep(OnlineApplicationController.HUMAN_MINIMUM.toMillis() + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    HttpResponse<String> submits(List<Map.Entry<String, String>> fields) {
        var all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf));
        all.add(Map.entry("token", token));
        var body = all.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var response = send(HttpRequest.newBuilder(URI.create(base + "/apply"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (response.statusCode() == 200) {
            remember(response.body());
        }
        return response;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** The form as a person fills it: her answers, two services, consent to case management and statistics. */
    static List<Map.Entry<String, String>> answers(Applicant applicant) {
        return List.of(
                Map.entry("name", applicant.name()),
                Map.entry("birthDate", applicant.birthDate()),
                Map.entry("phone", applicant.phone()),
                Map.entry("sido", "서울특별시"),
                Map.entry("sigungu", "은평구"),
                Map.entry("services", "PSYCHOLOGICAL"),
                Map.entry("services", "SHELTER"),
                Map.entry("consentCaseManagement", "true"),
                Map.entry("consentStatistics", "true"),
                Map.entry("website", ""));
    }

    static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name, String value) {
        var changed = new ArrayList<>(
                fields.stream().filter(e -> !e.getKey().equals(name)).toList());
        changed.add(Map.entry(name, value));
        return changed;
    }

    private void remember(String body) {
        var csrfMatch = CSRF.matcher(body);
        if (csrfMatch.find()) {
            csrf = csrfMatch.group(1);
        }
        var tokenMatch = TOKEN.matcher(body);
        if (tokenMatch.find()) {
            token = tokenMatch.group(1);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        var withHeaders = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("X-Forwarded-For", address)
                .header("Accept-Language", "ko-KR,ko;q=0.9")
                .build();
        try {
            return http.send(withHeaders, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
