package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.SecondNode;
import org.ansim.support.StaffSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An urgent alert nobody acknowledges climbs the ladder — next dispatcher, unit lead, police liaison — one interval per
 * step, each step a durable timer that fires once (two nodes running), re-alerts every console, and is recorded and
 * audited; acknowledging stops it; a high-risk case climbs on the shorter interval. Run with intervals of a second.
 */
@AnsimIntegrationTest
class EscalationLadderTests {

    @LocalServerPort
    int port;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseLookup cases;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void anUnacknowledgedSosClimbsEveryStepOnTimeAndEachIsStreamedRecordedAndAudited() {
        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        dispatcher.get("/");
        try (var ladder = LadderSettings.set(jdbc, 1, 1);
                var stream = SseConnection.open(port, dispatcher.sessionCookie(), null)) {
            var id = raise(AlertMother.sos());

            var raised = stream.nextAbout(id, Duration.ofSeconds(2));
            var first = stream.nextAbout(id, Duration.ofSeconds(4));
            var second = stream.nextAbout(id, Duration.ofSeconds(4));
            var third = stream.nextAbout(id, Duration.ofSeconds(4));

            assertThat(raised.data()).contains("\"escalationStep\":null", "\"priority\":\"HIGH\"");
            assertThat(first.data()).contains("\"escalationStep\":\"NEXT_DISPATCHER\"", "\"status\":\"OPEN\"");
            assertThat(second.data()).contains("\"escalationStep\":\"UNIT_LEAD\"");
            assertThat(third.data()).contains("\"escalationStep\":\"POLICE_LIAISON\"");
            var steps = escalations(id);
            assertThat(steps).extracting(Step::step).containsExactly("NEXT_DISPATCHER", "UNIT_LEAD", "POLICE_LIAISON");
            assertThat(steps).extracting(Step::notified).containsExactly("DISPATCHER", "UNIT_LEAD", "POLICE");
            var raisedAt = alerts.find(id).orElseThrow().raisedAt();
            for (int i = 0; i < steps.size(); i++) {
                var step = steps.get(i);
                assertThat(step.dueAt()).isEqualTo(raisedAt.plusSeconds(i + 1));
                assertThat(Duration.between(step.dueAt(), step.escalatedAt()))
                        .isBetween(Duration.ZERO, Duration.ofSeconds(2));
            }
            assertThat(systemAudits(id))
                    .hasSize(3)
                    .allSatisfy(reason -> assertThat(reason).startsWith("escalated: step"));
            assertThat(alerts.find(id).orElseThrow().escalationStep()).isEqualTo(EscalationStep.POLICE_LIAISON);
            assertThat(AlertEventsProbe.ESCALATED)
                    .filteredOn(event -> event.alertId().equals(id))
                    .extracting(AlertEscalated::notified)
                    .hasSize(3);
        }
    }

    @Test
    void acknowledgingStopsTheLadderAndCancelsTheNextStep() throws InterruptedException {
        AlertId id;
        try (var ladder = LadderSettings.set(jdbc, 2, 2)) {
            id = raise(AlertMother.sos());
        }
        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        dispatcher.get("/");

        assertThat(pendingTimers(id)).containsExactly(id + "/NEXT_DISPATCHER");
        dispatcher.postJson("/api/v1/alerts/" + id + "/acknowledgement", "");

        assertThat(pendingTimers(id)).isEmpty();
        Thread.sleep(3_000);
        assertThat(escalations(id)).isEmpty();
        assertThat(alerts.find(id).orElseThrow().escalationStep()).isNull();
    }

    @Test
    void referralsDoNotClimbTheLadder() {
        try (var ladder = LadderSettings.set(jdbc, 1, 1)) {
            var id = raise(AlertMother.referral());

            assertThat(pendingTimers(id)).isEmpty();
        }
    }

    @Test
    void aHighRiskCaseClimbsOnTheShorterIntervalAndTheIntervalIsKeptWithTheStep() {
        var caseNumber = highRiskCase();
        try (var ladder = LadderSettings.set(jdbc, 600, 1)) {
            var id = raise(RaiseAlert.of(AlertKind.SOS, caseNumber, "SOS from the victim's phone")
                    .withSourceKey("sos:" + java.util.UUID.randomUUID()));

            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !escalations(id).isEmpty());
            var first = escalations(id).getFirst();
            assertThat(first.intervalSeconds()).isEqualTo(1);
            assertThat(first.highRisk()).isTrue();
        }
    }

    @Test
    void withTwoNodesEachStepOfEachAlertFiresExactlyOnce() {
        try (var second = SecondNode.on(database);
                var ladder = LadderSettings.set(jdbc, 1, 1)) {
            List<AlertId> ids = IntStream.range(0, 20)
                    .mapToObj(i -> raise(AlertMother.sos()))
                    .toList();

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> ids.stream().allMatch(id -> escalations(id).size() == 3));

            assertThat(ids).allSatisfy(id -> {
                assertThat(systemAudits(id)).hasSize(3);
                assertThat(pendingTimers(id)).isEmpty();
            });
        }
    }

    record Step(
            String step, String notified, Instant dueAt, Instant escalatedAt, int intervalSeconds, boolean highRisk) {}

    private List<Step> escalations(AlertId id) {
        return jdbc.sql("SELECT step, notified_role, due_at, escalated_at, interval_seconds, high_risk"
                        + " FROM alerts_escalation WHERE alert_id = ? ORDER BY escalated_at")
                .param(id.value())
                .query((rs, n) -> new Step(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getInt(5),
                        rs.getBoolean(6)))
                .list();
    }

    private List<String> pendingTimers(AlertId id) {
        return jdbc.sql("SELECT task_instance FROM scheduled_tasks WHERE task_name = 'alerts-escalation'"
                        + " AND task_instance LIKE ?")
                .param(id + "/%")
                .query(String.class)
                .list();
    }

    private List<String> systemAudits(AlertId id) {
        return jdbc.sql("SELECT reason FROM audit_entry WHERE subject_type = 'alert' AND subject_id = ?"
                        + " AND actor_kind = 'SYSTEM'")
                .param(id.toString())
                .query(String.class)
                .list();
    }

    private String highRiskCase() {
        var referral =
                ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.highRisk());
        assertThat(referral.statusCode()).isEqualTo(201);
        var matcher = java.util.regex.Pattern.compile("STK-\\d{4}-\\d{6}").matcher(referral.body());
        assertThat(matcher.find()).isTrue();
        var number = matcher.group();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> cases.find(new CaseNumber(number))
                        .map(found -> "HIGH".equals(found.policeRiskLevel()))
                        .orElse(false));
        return number;
    }

    private AlertId raise(RaiseAlert command) {
        return transactions.execute(status -> alerts.raise(command));
    }
}
