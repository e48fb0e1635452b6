package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Consoles see every alert live, and a console that reconnects gets exactly what it missed. */
@AnsimIntegrationTest
class AlertStreamTests {

    @LocalServerPort
    int port;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aConnectedConsoleReceivesANewAlertWithinASecond() {
        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        try (var stream = SseConnection.open(port, dispatcher.sessionCookie(), null)) {
            var command = AlertMother.sos();

            var id = raise(command);

            var event = stream.nextAbout(id, Duration.ofSeconds(1));
            assertThat(event).as("alert within 1 s").isNotNull();
            assertThat(event.name()).isEqualTo("alert");
            assertThat(Long.parseLong(event.id()))
                    .isEqualTo(alerts.find(id).orElseThrow().sequence());
            assertThat(event.data())
                    .contains("\"alertId\":\"" + id + "\"")
                    .contains("\"kind\":\"SOS\"")
                    .contains("\"caseNumber\":\"" + command.caseNumber() + "\"")
                    .contains("\"raisedAt\":\"")
                    .contains("\"status\":\"OPEN\"")
                    .doesNotContain("summary");
        }
    }

    @Test
    void aConsoleThatReconnectsWithLastEventIdReceivesExactlyWhatItMissed() {
        var unitLead = StaffSession.signedIn(port, "demo-unit-lead", "demo-password");
        String lastSeen;
        AlertId seen;
        try (var stream = SseConnection.open(port, unitLead.sessionCookie(), null)) {
            seen = raise(AlertMother.referral());
            lastSeen = stream.nextAbout(seen, Duration.ofSeconds(2)).id();
        }
        var missedFirst = raise(AlertMother.sos());
        var missedSecond = raise(AlertMother.referral());

        try (var stream = SseConnection.open(port, unitLead.sessionCookie(), lastSeen)) {
            // alerts of other tests and the demo may change meanwhile too (one climbing its ladder): only those
            // newer than the last seen event come back, and of this test's alerts exactly the two it missed
            var all = stream.drain(Duration.ofMillis(700));
            assertThat(all)
                    .allSatisfy(
                            event -> assertThat(Long.parseLong(event.id())).isGreaterThan(Long.parseLong(lastSeen)));
            var replayed = all.stream()
                    .filter(event -> event.data().contains(missedFirst.toString())
                            || event.data().contains(missedSecond.toString())
                            || event.data().contains(seen.toString()))
                    .toList();

            assertThat(replayed)
                    .extracting(SseConnection.Event::data)
                    .hasSize(2)
                    .satisfiesExactly(
                            first -> assertThat(first).contains(missedFirst.toString()),
                            second -> assertThat(second).contains(missedSecond.toString()));
            assertThat(replayed)
                    .extracting(SseConnection.Event::id)
                    .containsExactly(
                            Long.toString(alerts.find(missedFirst).orElseThrow().sequence()),
                            Long.toString(
                                    alerts.find(missedSecond).orElseThrow().sequence()));
        }
    }

    @Test
    void acknowledgingAndClosingAreStreamedAsNewEvents() {
        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        dispatcher.get("/");
        try (var stream = SseConnection.open(port, dispatcher.sessionCookie(), null)) {
            var id = raise(AlertMother.sos());
            var raised = stream.nextAbout(id, Duration.ofSeconds(2));

            dispatcher.postJson("/api/v1/alerts/" + id + "/acknowledgement", "");
            var acknowledged = stream.nextAbout(id, Duration.ofSeconds(2));
            dispatcher.postJson("/api/v1/alerts/" + id + "/closure", "{\"outcome\":\"POLICE_ATTENDED\"}");
            var closed = stream.nextAbout(id, Duration.ofSeconds(2));

            assertThat(acknowledged.data()).contains("\"status\":\"ACKNOWLEDGED\"");
            assertThat(closed.data()).contains("\"status\":\"CLOSED\"");
            assertThat(Long.parseLong(acknowledged.id())).isGreaterThan(Long.parseLong(raised.id()));
            assertThat(Long.parseLong(closed.id())).isGreaterThan(Long.parseLong(acknowledged.id()));
        }
    }

    @Test
    void aReplayShowsTheLatestStateOfAnAlertThatChangedMeanwhile() {
        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        dispatcher.get("/");
        String lastSeen;
        AlertId id;
        try (var stream = SseConnection.open(port, dispatcher.sessionCookie(), null)) {
            id = raise(AlertMother.sos());
            lastSeen = stream.nextAbout(id, Duration.ofSeconds(2)).id();
        }
        dispatcher.postJson("/api/v1/alerts/" + id + "/acknowledgement", "");

        try (var stream = SseConnection.open(port, dispatcher.sessionCookie(), lastSeen)) {
            // other tests' alerts may change meanwhile too (an unanswered one climbs its ladder): look at this one
            var replayed = stream.drain(Duration.ofMillis(500));
            var aboutIt = replayed.stream()
                    .filter(event -> event.data().contains(id.toString()))
                    .toList();

            assertThat(aboutIt).hasSize(1);
            assertThat(aboutIt.getFirst().data()).contains("\"status\":\"ACKNOWLEDGED\"");
            assertThat(replayed)
                    .allSatisfy(
                            event -> assertThat(Long.parseLong(event.id())).isGreaterThan(Long.parseLong(lastSeen)));
        }
    }

    private AlertId raise(RaiseAlert command) {
        return transactions.execute(status -> alerts.raise(command));
    }
}
