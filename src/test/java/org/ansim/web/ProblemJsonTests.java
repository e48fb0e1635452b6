package org.ansim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every error status of the API comes as RFC 9457 problem JSON with type, title, status and detail. */
@AnsimIntegrationTest
class ProblemJsonTests {

    @LocalServerPort
    int port;

    StaffSession admin;

    @BeforeEach
    void signIn() {
        admin = StaffSession.signedIn(port, "demo-admin", "demo-password");
        admin.get("/");
    }

    @Test
    void badRequestNamesTheFields() {
        var response = admin.postJson(
                "/api/v1/settings/counselling.sessions-per-victim/changes",
                "{\"value\":\"many\",\"validFrom\":\"not-a-date\"}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"errors\"").contains("\"field\"").contains("validFrom");
    }

    @Test
    void unauthorizedWithoutAKey() {
        assertProblem(ApiClient.anonymous(port).get("/api/v1/settings"), 401);
    }

    @Test
    void forbiddenForARoleThatMayNot() {
        var analyst = StaffSession.signedIn(port, "demo-analyst", "demo-password");
        analyst.get("/");

        assertProblem(analyst.getJson("/api/v1/audit/entries"), 403);
    }

    @Test
    void notFoundForAnUnknownAddressAndAnUnknownRecord() {
        assertProblem(admin.getJson("/api/v1/nothing-here"), 404);
        assertProblem(admin.getJson("/api/v1/settings/no.such.setting"), 404);
    }

    @Test
    void methodNotAllowed() {
        assertProblem(admin.sendJson("DELETE", "/api/v1/settings", null, Map.of()), 405);
    }

    @Test
    void unsupportedMediaType() {
        var response = admin.sendJson(
                "POST",
                "/api/v1/settings/counselling.sessions-per-victim/changes",
                "value=1",
                Map.of("Content-Type", "text/plain"));

        assertProblem(response, 415);
    }

    @Test
    void contentTooLargeWhetherAnnouncedOrStreamed() {
        var big = "{\"value\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}";

        assertProblem(admin.postJson("/api/v1/settings/counselling.sessions-per-victim/changes", big), 413);
        assertProblem(ApiClient.withKey(port, "demo-police-key").post("/api/v1/me", big), 413);
    }

    @Test
    void conflictAndUnprocessableForRefusedCancellations() {
        var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        var inForce = admin.postJson(
                "/api/v1/settings/survey.interval-years/changes",
                "{\"value\":\"3\",\"validFrom\":\"" + today + "\",\"reason\":\"same value, for the problem test\"}");
        assertThat(inForce.statusCode()).isEqualTo(201);
        var id = inForce.body().replaceAll(".*\"id\":(\\d+).*", "$1");

        var refused = admin.postJson(
                "/api/v1/settings/survey.interval-years/changes/" + id + "/cancellation", "{\"reason\":\"too late\"}");
        assertProblem(refused, 422);
        assertThat(refused.body()).contains("/already-in-force");

        var future = admin.postJson(
                "/api/v1/settings/survey.interval-years/changes",
                "{\"value\":\"3\",\"validFrom\":\"2098-01-01\",\"reason\":\"for the problem test\"}");
        var futureId = future.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        admin.postJson(
                "/api/v1/settings/survey.interval-years/changes/" + futureId + "/cancellation", "{\"reason\":\"no\"}");
        assertProblem(
                admin.postJson(
                        "/api/v1/settings/survey.interval-years/changes/" + futureId + "/cancellation",
                        "{\"reason\":\"again\"}"),
                409);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"type\":\"https://ansim.seoul.go.kr/problems/")
                .contains("\"title\"")
                .contains("\"status\":" + status)
                .contains("\"detail\"")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
