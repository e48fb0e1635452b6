package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's actions over the API: calling the police and dispatching help are recorded with who and when,
 * audited, take an open alert on, and are refused once the alert is closed; closing takes one of the outcomes.
 */
@AnsimIntegrationTest
class ConsoleActionsApiTests {

    static final String UNKNOWN = "00000000-0000-0000-0000-000000000001";

    @LocalServerPort
    int port;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPoliceCallIsRecordedWithWhoAndWhenAndTakesTheOpenAlertOn() {
        var id = raise(AlertMother.sos());
        var before = Instant.now().minusSeconds(1);

        var response = signedIn("demo-dispatcher")
                .postJson("/api/v1/alerts/" + id + "/police-calls", "{\"note\":\"112 incident 2026-0042\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body())
                .contains(
                        "\"kind\":\"POLICE_CALLED\"",
                        "\"recordedBy\":\"demo-dispatcher\"",
                        "\"note\":\"112 incident 2026-0042\"",
                        "\"alertStatus\":\"ACKNOWLEDGED\"");
        var view = alerts.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(view.acknowledgedBy()).isEqualTo("demo-dispatcher");
        assertThat(recorded(id)).containsExactly("POLICE_CALLED demo-dispatcher");
        assertThat(recordedAt(id)).allSatisfy(at -> assertThat(at).isAfter(before));
        assertThat(audited(id)).contains("demo-dispatcher: police called", "demo-dispatcher: acknowledged");
        assertThat(AlertEventsProbe.POLICE_CALLED)
                .anySatisfy(event -> assertThat(event.alertId()).isEqualTo(id));
    }

    @Test
    void aPoliceCallNeedsNoBody() {
        var id = raise(AlertMother.sos());
        var session = signedIn("demo-unit-lead");

        var response = session.sendJson("POST", "/api/v1/alerts/" + id + "/police-calls", null, java.util.Map.of());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(recorded(id)).containsExactly("POLICE_CALLED demo-unit-lead");
    }

    @Test
    void aDispatchIsRecordedAndAnnouncedSoThePhoneCanSayHelpIsOnTheWay() {
        var id = raise(AlertMother.sos());
        var dispatcher = signedIn("demo-dispatcher");
        dispatcher.postJson("/api/v1/alerts/" + id + "/acknowledgement", "");

        var guard = dispatcher.postJson("/api/v1/alerts/" + id + "/dispatches", "{\"kind\":\"GUARD\"}");
        var companion = dispatcher.postJson(
                "/api/v1/alerts/" + id + "/dispatches", "{\"kind\":\"COMPANION\",\"note\":\"meet at the station\"}");

        assertThat(guard.statusCode()).isEqualTo(201);
        assertThat(guard.body()).contains("\"kind\":\"DISPATCHED\"", "\"dispatchKind\":\"GUARD\"");
        assertThat(companion.statusCode()).isEqualTo(201);
        assertThat(recorded(id)).containsExactly("DISPATCHED demo-dispatcher", "DISPATCHED demo-dispatcher");
        assertThat(AlertEventsProbe.DISPATCHED)
                .filteredOn(event -> event.alertId().equals(id))
                .extracting(AlertDispatched::kind)
                .containsExactly(DispatchKind.GUARD, DispatchKind.COMPANION);
        assertThat(audited(id))
                .contains("demo-dispatcher: dispatched: GUARD", "demo-dispatcher: dispatched: COMPANION");
    }

    @Test
    void nothingCanBeDoneAboutAClosedAlert() {
        var id = raise(AlertMother.sos());
        var dispatcher = signedIn("demo-dispatcher");
        dispatcher.postJson("/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"FALSE_ALARM\"}");

        var police = dispatcher.postJson("/api/v1/alerts/" + id + "/police-calls", "{}");
        var dispatch = dispatcher.postJson("/api/v1/alerts/" + id + "/dispatches", "{\"kind\":\"GUARD\"}");

        assertThat(police.statusCode()).isEqualTo(409);
        assertThat(police.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(police.body()).contains("\"alertStatus\":\"CLOSED\"");
        assertThat(dispatch.statusCode()).isEqualTo(409);
        assertThat(recorded(id)).isEmpty();
    }

    @Test
    void anUnknownAlertIsNotFound() {
        var dispatcher = signedIn("demo-dispatcher");

        assertThat(dispatcher
                        .postJson("/api/v1/alerts/" + UNKNOWN + "/police-calls", "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(dispatcher
                        .postJson("/api/v1/alerts/" + UNKNOWN + "/dispatches", "{\"kind\":\"GUARD\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDispatchNeedsAKnownKindAndANoteOfAtMost500Characters() {
        var id = raise(AlertMother.sos());
        var dispatcher = signedIn("demo-dispatcher");

        var noKind = dispatcher.postJson("/api/v1/alerts/" + id + "/dispatches", "{}");
        var badKind = dispatcher.postJson("/api/v1/alerts/" + id + "/dispatches", "{\"kind\":\"TAXI\"}");
        var longNote =
                dispatcher.postJson("/api/v1/alerts/" + id + "/police-calls", "{\"note\":\"" + "x".repeat(501) + "\"}");

        assertThat(List.of(noKind.statusCode(), badKind.statusCode(), longNote.statusCode()))
                .containsOnly(400);
        assertThat(noKind.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(alerts.find(id).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
        assertThat(recorded(id)).isEmpty();
    }

    @Test
    void anAlertIsClosedAsAFalseAlarmAndAnUnknownOutcomeIsRefused() {
        var id = raise(AlertMother.sos());
        var dispatcher = signedIn("demo-dispatcher");

        var unknown = dispatcher.postJson("/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"Police attended\"}");
        var falseAlarm = dispatcher.postJson(
                "/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"FALSE_ALARM\",\"note\":\"pocket press\"}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(falseAlarm.statusCode()).isEqualTo(200);
        assertThat(falseAlarm.body()).contains("\"outcome\":\"FALSE_ALARM\"", "\"outcomeNote\":\"pocket press\"");
        assertThat(audited(id)).contains("demo-dispatcher: closed: FALSE_ALARM");
    }

    @Test
    void onlyDispatchersAndUnitLeadsAct() {
        var id = raise(AlertMother.sos());

        var caseManager =
                signedIn("demo-case-manager").postJson("/api/v1/alerts/" + id + "/dispatches", "{\"kind\":\"GUARD\"}");
        var police = signedIn("demo-police").postJson("/api/v1/alerts/" + id + "/police-calls", "{}");
        var machine = ApiClient.withKey(port, "demo-device-key").post("/api/v1/alerts/" + id + "/police-calls", "{}");
        var nobody = ApiClient.anonymous(port).post("/api/v1/alerts/" + id + "/dispatches", "{\"kind\":\"GUARD\"}");

        assertThat(caseManager.statusCode()).isEqualTo(403);
        assertThat(police.statusCode()).isEqualTo(403);
        assertThat(machine.statusCode()).isEqualTo(403);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(recorded(id)).isEmpty();
    }

    private StaffSession signedIn(String username) {
        var session = StaffSession.signedIn(port, username, "demo-password");
        session.get("/");
        return session;
    }

    private AlertId raise(RaiseAlert command) {
        return transactions.execute(status -> alerts.raise(command));
    }

    private List<String> recorded(AlertId id) {
        return jdbc.sql("SELECT kind || ' ' || recorded_by FROM alerts_action WHERE alert_id = ? ORDER BY recorded_at")
                .param(id.value())
                .query(String.class)
                .list();
    }

    private List<Instant> recordedAt(AlertId id) {
        return jdbc.sql("SELECT recorded_at FROM alerts_action WHERE alert_id = ?")
                .param(id.value())
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    private List<String> audited(AlertId id) {
        return jdbc.sql("SELECT actor_name || ': ' || reason FROM audit_entry WHERE subject_type = 'alert'"
                        + " AND subject_id = ?")
                .param(id.toString())
                .query(String.class)
                .list();
    }
}
