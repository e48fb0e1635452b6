package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Dispatchers and unit leads acknowledge and close alerts; who and when are recorded and audited. */
@AnsimIntegrationTest
class AlertActionsTests {

    @LocalServerPort
    int port;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDispatcherAcknowledgesAndAUnitLeadClosesWithWhoAndWhen() {
        var id = raise(AlertMother.sos());
        var before = Instant.now();
        var dispatcher = signedIn("demo-dispatcher");
        var unitLead = signedIn("demo-unit-lead");

        var acknowledged = dispatcher.postJson("/api/v1/alerts/" + id + "/acknowledgement", "");
        var closed = unitLead.postJson(
                "/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"POLICE_ATTENDED\",\"note\":\"victim safe\"}");

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(acknowledged.body())
                .contains("\"status\":\"ACKNOWLEDGED\"", "\"acknowledgedBy\":\"demo-dispatcher\"");
        assertThat(closed.statusCode()).isEqualTo(200);
        var view = alerts.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(view.acknowledgedBy()).isEqualTo("demo-dispatcher");
        assertThat(view.acknowledgedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(view.closedBy()).isEqualTo("demo-unit-lead");
        assertThat(view.closedAt()).isAfterOrEqualTo(view.acknowledgedAt());
        assertThat(view.outcome()).isEqualTo("POLICE_ATTENDED");
        assertThat(view.outcomeNote()).isEqualTo("victim safe");
        assertThat(auditedBy(id)).containsExactlyInAnyOrder("demo-dispatcher", "demo-unit-lead");
    }

    @Test
    void actingOnAnAlertInTheWrongStateIsAConflict() {
        var id = raise(AlertMother.sos());
        var dispatcher = signedIn("demo-dispatcher");
        dispatcher.postJson("/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"FALSE_ALARM\"}");

        var acknowledge = dispatcher.postJson("/api/v1/alerts/" + id + "/acknowledgement", "");
        var closeAgain = dispatcher.postJson("/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"VICTIM_SAFE\"}");

        assertThat(acknowledge.statusCode()).isEqualTo(409);
        assertThat(acknowledge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(closeAgain.statusCode()).isEqualTo(409);
        assertThat(alerts.find(id).orElseThrow().outcome()).isEqualTo("FALSE_ALARM");
    }

    @Test
    void anUnknownAlertIsNotFound() {
        var dispatcher = signedIn("demo-dispatcher");

        var response = dispatcher.postJson("/api/v1/alerts/00000000-0000-0000-0000-000000000001/acknowledgement", "");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void closingAsOtherWithoutANoteIsRefused() {
        var id = raise(AlertMother.sos());

        var response =
                signedIn("demo-dispatcher").postJson("/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"OTHER\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("outcome");
        assertThat(alerts.find(id).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void aCaseManagerSeesAlertsButCannotActOnThem() {
        var id = raise(AlertMother.referral());
        var caseManager = signedIn("demo-case-manager");

        var list = caseManager.getJson("/api/v1/alerts?status=OPEN");
        var acknowledge = caseManager.postJson("/api/v1/alerts/" + id + "/acknowledgement", "");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(id.toString());
        assertThat(acknowledge.statusCode()).isEqualTo(403);
        assertThat(alerts.find(id).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void theListShowsTheNewestFirstAndFiltersByStatus() {
        var older = raise(AlertMother.referral());
        var newer = raise(AlertMother.sos());
        var closed = raise(AlertMother.sos());
        var dispatcher = signedIn("demo-dispatcher");
        dispatcher.postJson("/api/v1/alerts/" + closed + "/closure", "{\"outcome\":\"FALSE_ALARM\"}");

        var open = dispatcher.getJson("/api/v1/alerts?status=OPEN").body();

        assertThat(open.indexOf(newer.toString())).isLessThan(open.indexOf(older.toString()));
        assertThat(open).doesNotContain(closed.toString());
        assertThat(dispatcher.getJson("/api/v1/alerts?status=CLOSED").body()).contains(closed.toString());
    }

    @Test
    void otherRolesAndMachineClientsMayNotWatchTheStream() throws Exception {
        var police = signedIn("demo-police");
        var guard = signedIn("demo-guard");

        assertThat(streamStatus(police.sessionCookie())).isEqualTo(403);
        assertThat(streamStatus(guard.sessionCookie())).isEqualTo(403);
        assertThat(ApiClient.withKey(port, "demo-device-key")
                        .get("/api/v1/alerts/stream")
                        .statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/alerts/stream").statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/api/v1/alerts").statusCode()).isEqualTo(401);
    }

    @Test
    void aClientThatDoesNotAcceptEventStreamIsTold406() {
        var response = signedIn("demo-dispatcher").getJson("/api/v1/alerts/stream");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private int streamStatus(String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                .header("Cookie", cookie)
                .header("Accept", "text/event-stream")
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private StaffSession signedIn(String username) {
        var session = StaffSession.signedIn(port, username, "demo-password");
        session.get("/");
        return session;
    }

    private AlertId raise(RaiseAlert command) {
        return transactions.execute(status -> alerts.raise(command));
    }

    private java.util.List<String> auditedBy(AlertId id) {
        return jdbc.sql("SELECT actor_name FROM audit_entry WHERE subject_type = 'alert' AND subject_id = ?"
                        + " AND action = 'CHANGE'")
                .param(id.toString())
                .query(String.class)
                .list();
    }
}
