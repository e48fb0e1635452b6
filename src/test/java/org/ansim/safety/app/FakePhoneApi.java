package org.ansim.safety.app;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The phone API of the brief's contract, played in the browser with {@code context.route(...)}, so that the app's
 * behaviour (countdown, retries, PIN prompts, what it shows) can be driven and observed request by request. The
 * real API is exercised by {@link VictimAppAgainstAnsimTests}.
 */
final class FakePhoneApi {

    static final String TOKEN = "fake-device-token";
    static final String CODE = "K7Q2-M9XD";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Call(String method, String path, JsonNode body, String authorization) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger sosFailuresToPlay = new AtomicInteger();
    volatile int sosCancelSeconds = 3;
    volatile String sosStatus = "RECEIVED";
    volatile String cancelPin;
    volatile String duressPin;
    volatile boolean duressRaised;
    private volatile ObjectNode journey;
    private final AtomicInteger alerts = new AtomicInteger();

    FakePhoneApi installIn(BrowserContext context) {
        context.route("**/api/v1/app/**", this::answer);
        return this;
    }

    List<Call> calls(String method, String pathPrefix) {
        return calls.stream()
                .filter(c -> c.method().equals(method) && c.path().startsWith(pathPrefix))
                .toList();
    }

    private void answer(Route route) {
        var request = route.request();
        var path = request.url().replaceFirst("^https?://[^/]+/api/v1/app", "").replaceFirst("\\?.*$", "");
        var method = request.method();
        var body = request.postData() == null || request.postData().isBlank()
                ? JSON.createObjectNode()
                : JSON.readTree(request.postData());
        calls.add(new Call(method, path, body, request.headers().get("authorization")));

        if (method.equals("POST") && path.equals("/enrolments")) {
            if (CODE.equals(body.path("code").asString(""))) {
                json(route, 201, JSON.createObjectNode().put("deviceToken", TOKEN));
            } else {
                problem(route, 422, "invalid-enrolment-code");
            }
            return;
        }
        if (!("Bearer " + TOKEN).equals(request.headers().get("authorization"))) {
            problem(route, 401, "unauthorized");
            return;
        }
        switch (method + " " + path) {
            case "GET /me" -> json(route, 200, me());
            case "PUT /pins" -> {
                cancelPin = body.path("cancelPin").asString();
                duressPin = body.path("duressPin").asString();
                route.fulfill(new Route.FulfillOptions().setStatus(204));
            }
            case "POST /sos" -> {
                if (sosFailuresToPlay.getAndDecrement() > 0) {
                    route.abort("internetdisconnected");
                } else {
                    json(route, 202, JSON.createObjectNode().put("alertId", "alert-" + alerts.incrementAndGet()));
                }
            }
            case "POST /journeys" -> {
                var expected =
                        OffsetDateTime.parse(body.path("expectedArrivalAt").asString());
                journey = JSON.createObjectNode()
                        .put("journeyId", "journey-1")
                        .put("destinationLabel", body.path("destinationLabel").asString())
                        .put("expectedArrivalAt", expected.toString())
                        .put("escalatesAt", expected.plusSeconds(300).toString());
                json(
                        route,
                        201,
                        JSON.createObjectNode()
                                .put("journeyId", "journey-1")
                                .put("escalatesAt", journey.get("escalatesAt").asString()));
            }
            case "GET /journeys/current" -> {
                if (journey == null) {
                    route.fulfill(new Route.FulfillOptions().setStatus(204));
                } else {
                    json(route, 200, journey);
                }
            }
            default -> other(route, method, path, body);
        }
    }

    private void other(Route route, String method, String path, JsonNode body) {
        if (method.equals("GET") && path.startsWith("/sos/")) {
            json(route, 200, JSON.createObjectNode().put("status", sosStatus));
        } else if (method.equals("POST") && path.startsWith("/sos/") && path.endsWith("/cancellation")) {
            if (!pinAccepted(route, body)) {
                return;
            }
            sosStatus = "CANCELLED";
            json(route, 200, JSON.createObjectNode().put("status", "CANCELLED"));
        } else if (method.equals("POST") && path.endsWith("/positions") && journey != null) {
            route.fulfill(new Route.FulfillOptions().setStatus(204));
        } else if (method.equals("POST") && path.endsWith("/extension") && journey != null) {
            if (!pinAccepted(route, body)) {
                return;
            }
            var escalates = OffsetDateTime.parse(journey.get("escalatesAt").asString())
                    .plusMinutes(body.path("minutes").asInt());
            journey.put("escalatesAt", escalates.toString());
            json(route, 200, JSON.createObjectNode().put("escalatesAt", escalates.toString()));
        } else if (method.equals("POST") && path.endsWith("/arrival") && journey != null) {
            if (!pinAccepted(route, body)) {
                return;
            }
            journey = null;
            json(route, 200, JSON.createObjectNode().put("status", "ARRIVED"));
        } else {
            problem(route, 404, "not-found");
        }
    }

    private boolean pinAccepted(Route route, JsonNode body) {
        if (cancelPin == null) {
            return true;
        }
        var pin = body.path("pin").asString("");
        if (pin.equals(duressPin)) {
            duressRaised = true;
            return true;
        }
        if (pin.equals(cancelPin)) {
            return true;
        }
        problem(route, 422, "wrong-pin");
        return false;
    }

    private ObjectNode me() {
        var me = JSON.createObjectNode();
        me.putObject("caseManager").put("name", "김지원").put("phone", "02-2133-0000");
        var appointments = me.putArray("appointments");
        var tomorrow = OffsetDateTime.ofInstant(Instant.now().plus(Duration.ofDays(1)), ZoneOffset.ofHours(9))
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        appointments.addObject().put("at", tomorrow.toString()).put("label", "상담 (마음숲 상담센터)");
        me.put("sosCancelSeconds", sosCancelSeconds);
        me.put("defaultGraceSeconds", 300);
        me.putObject("pins").put("cancel", cancelPin != null).put("duress", duressPin != null);
        if (journey == null) {
            me.putNull("activeJourney");
        } else {
            me.set("activeJourney", journey);
        }
        return me;
    }

    private static void json(Route route, int status, JsonNode body) {
        route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setContentType("application/json")
                .setHeaders(java.util.Map.of("Cache-Control", "no-store"))
                .setBody(body.toString()));
    }

    private static void problem(Route route, int status, String type) {
        var problem = JSON.createObjectNode()
                .put("type", "https://ansim.example/problems/" + type)
                .put("title", type)
                .put("status", status);
        route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setContentType("application/problem+json")
                .setBody(problem.toString()));
    }
}
