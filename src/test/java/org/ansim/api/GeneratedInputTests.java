package org.ansim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends thousands of malformed, oversized, wrongly-typed and boundary bodies, paths, query strings and headers to
 * every operation of the OpenAPI document, as an administrator and as a machine client. Whatever comes in, Ansim
 * answers without a 5xx, without a stack trace, and in problem JSON. The generator is seeded: a failure names its
 * seed and case so it can be replayed ({@code -Dansim.fuzz.seed=…}).
 */
@AnsimIntegrationTest
class GeneratedInputTests {

    static final String[] PATH_VALUES = {
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "x".repeat(3000),
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "'%20OR%201=1--",
        "%ED%95%9C%EA%B8%80",
        "-1",
        "99999999999999999999999",
        "null",
        "%F0%9F%98%80",
        "STK-2026-000001",
        "%20",
        "%25",
        "00000000-0000-0000-0000-000000000000",
        "not-a-uuid",
        "1e309",
        "true"
    };
    static final String[] RAW_BODIES = {
        "",
        "null",
        "[]",
        "{",
        "}",
        "{}}",
        "\"text\"",
        "12",
        "{\"a\":",
        "[[[[[[[[[[",
        "{\"\\u0000\":1}",
        "\u0000\u0001\u0002",
        "<xml/>",
        "{\"a\":1,\"a\":2}",
        "{'single':'quotes'}",
        "NaN",
        "{\"x\":1e99999}",
        "{\"x\":-0}",
        "\uFEFF{}",
        "[" + "[".repeat(5000) + "]".repeat(5000) + "]",
        "{\"k\":\"" + "가".repeat(200_000) + "\"}"
    };
    static final Object[] WRONG_VALUES = {
        null,
        "",
        " ",
        "x".repeat(10_000),
        0,
        -1,
        Long.MAX_VALUE,
        1.5e308,
        true,
        List.of(),
        Map.of(),
        "2026-13-45",
        "9999-12-31",
        "0000-01-01",
        "2026-11-23T25:61:00+09:00",
        "<b>html</b>",
        "'; DROP TABLE audit_entry; --",
        "\u202Eevil",
        "한글 값",
        "NaN",
        List.of(1, 2, 3),
        Map.of("nested", Map.of("deep", 1))
    };

    @LocalServerPort
    int port;

    @Test
    void noInputBreaksAnyOperation() {
        var seed = Long.getLong("ansim.fuzz.seed", System.nanoTime());
        var random = new Random(seed);
        var operations = ApiOperations.load(port);
        var admin = StaffSession.signedIn(port, "demo-admin", "demo-password");
        admin.get("/");
        List<ApiCaller> callers = List.of(
                new ApiCaller.Staff("ADMIN", admin),
                new ApiCaller.Client("client:police", ApiClient.withKey(port, "demo-police-key")),
                new ApiCaller.Client("client:device", ApiClient.withKey(port, "demo-device-key")),
                new ApiCaller.Client("phone", ApiClient.withKey(port, "demo-phone-token")),
                new ApiCaller.Client("nobody", ApiClient.anonymous(port)));

        var failures = new ArrayList<String>();
        var sent = 0;
        for (var operation : operations.operations()) {
            for (var testCase : cases(operation, operations.document(), random)) {
                for (var caller : testCase.heavy() ? callers.subList(0, 2) : callers) {
                    var response =
                            caller.send(operation.method(), testCase.path(), testCase.body(), testCase.headers());
                    sent++;
                    var problem = judge(
                            response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(""),
                            response.body());
                    if (problem != null) {
                        failures.add("%s %s as %s [%s] -> %d: %s (seed %d)"
                                .formatted(
                                        operation.method(),
                                        abbreviate(testCase.path()),
                                        caller.name(),
                                        testCase.label(),
                                        response.statusCode(),
                                        problem,
                                        seed));
                    }
                }
            }
        }
        System.out.printf(
                "Generated-input test: %d requests to %d operations, seed %d%n",
                sent, operations.operations().size(), seed);
        assertThat(sent).isGreaterThan(2000);
        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    /** {@code heavy}: a body of a megabyte or so, sent as the administrator and the police client only. */
    record Case(String label, String path, String body, Map<String, String> headers, boolean heavy) {

        Case(String label, String path, String body, Map<String, String> headers) {
            this(label, path, body, headers, false);
        }
    }

    /** Random queries and wrongly typed bodies per operation; the seed changes per run, so runs add up. */
    static final int RANDOM_QUERIES = 10;

    static final int TYPED_BODIES = 60;

    List<Case> cases(ApiOperations.Operation operation, JsonNode document, Random random) {
        var cases = new ArrayList<Case>();
        var path = operation.pathWith("00000000-0000-0000-0000-000000000000");
        if (operation.path().contains("{")) {
            for (var value : PATH_VALUES) {
                cases.add(
                        new Case("path=" + abbreviate(value), operation.pathWith(value), bodyFor(operation), Map.of()));
            }
        }
        for (int i = 0; i < RANDOM_QUERIES; i++) {
            cases.add(new Case("random query #" + i, path + "?" + randomQuery(random), bodyFor(operation), Map.of()));
        }
        for (var name : operation.queryParameters()) {
            for (var value : PATH_VALUES) {
                cases.add(new Case("query " + name, path + "?" + name + "=" + value, bodyFor(operation), Map.of()));
            }
        }
        for (var headers : List.of(
                Map.of("Accept", "text/html"),
                Map.of("Accept", "application/xml"),
                Map.of("Content-Type", "text/plain"),
                Map.of("Content-Type", "application/xml"),
                Map.of("Content-Type", "application/json; charset=ISO-8859-1"),
                Map.of("X-Forwarded-For", "not-an-ip"),
                Map.of("Idempotency-Key", "k".repeat(5000)))) {
            cases.add(new Case("headers " + headers.keySet(), path, bodyFor(operation), headers));
        }
        if (!operation.method().equals("GET")) {
            for (var body : RAW_BODIES) {
                cases.add(new Case("raw body " + abbreviate(body), path, body, Map.of(), body.length() > 5_000));
            }
            var oversized = "{\"v\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
            cases.add(new Case("oversized body", path, oversized, Map.of(), true));
            var properties = schemaProperties(operation, document);
            for (int i = 0; i < TYPED_BODIES; i++) {
                cases.add(new Case("typed body #" + i, path, wronglyTypedBody(properties, random), Map.of()));
            }
        }
        return cases;
    }

    private static String randomQuery(Random random) {
        var query = new StringBuilder();
        var pieces = random.nextInt(1, 6);
        for (int i = 0; i < pieces; i++) {
            if (i > 0) {
                query.append('&');
            }
            query.append(PATH_VALUES[random.nextInt(PATH_VALUES.length)].replace("=", "%3D"))
                    .append('=')
                    .append(PATH_VALUES[random.nextInt(PATH_VALUES.length)]);
        }
        return query.toString();
    }

    private static String bodyFor(ApiOperations.Operation operation) {
        return operation.hasBody() ? "{}" : null;
    }

    private static List<String> schemaProperties(ApiOperations.Operation operation, JsonNode document) {
        var names = new ArrayList<String>();
        var schema = operation
                .spec()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.has("$ref")) {
            var ref = schema.path("$ref").asString();
            schema = document.at(ref.substring(1));
        }
        schema.path("properties").propertyNames().forEach(names::add);
        if (names.isEmpty()) {
            names.addAll(List.of("value", "reason", "validFrom", "name", "code"));
        }
        return names;
    }

    private static String wronglyTypedBody(List<String> properties, Random random) {
        ObjectNode body = ApiOperations.JSON.createObjectNode();
        for (var property : properties) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            var value = WRONG_VALUES[random.nextInt(WRONG_VALUES.length)];
            body.set(property, ApiOperations.JSON.valueToTree(value));
        }
        if (random.nextBoolean()) {
            body.put("unknownField" + random.nextInt(100), random.nextLong());
        }
        return body.toString();
    }

    static String judge(int status, String contentType, String body) {
        if (status >= 500) {
            return "server error";
        }
        if (body != null
                && (body.contains("Exception")
                        || body.contains("\tat ")
                        || body.contains("at org.")
                        || body.contains("at java."))) {
            return "stack trace or exception name in the body";
        }
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return "not problem JSON (" + contentType + ")";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        var all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }
}
