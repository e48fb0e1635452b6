package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.SecondNode;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** An alert raised on one node reaches the consoles connected to every other node (PostgreSQL LISTEN/NOTIFY). */
@AnsimIntegrationTest
class AlertsAcrossNodesTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAlertRaisedOnEitherNodeReachesTheConsolesOfTheOtherAndIdleStreamsGetHeartbeats() {
        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        try (var second = SecondNode.on(database, "ansim.alerts.heartbeat=200ms");
                var onSecond = SseConnection.open(second.port(), dispatcher.sessionCookie(), null);
                var onFirst = SseConnection.open(port, dispatcher.sessionCookie(), null)) {
            var command = AlertMother.sos();

            var raisedOnFirst = transactions.execute(status -> alerts.raise(command));

            var event = onSecond.nextAbout(raisedOnFirst, Duration.ofSeconds(1));
            assertThat(event).as("alert on the second node within 1 s").isNotNull();
            assertThat(event.data()).contains(command.caseNumber()).contains("\"status\":\"OPEN\"");

            var remoteAlerts = second.context().getBean(Alerts.class);
            var remoteTransactions = second.context().getBean(TransactionTemplate.class);
            var raisedOnSecond = remoteTransactions.execute(status -> remoteAlerts.raise(AlertMother.referral()));

            assertThat(onFirst.nextAbout(raisedOnSecond, Duration.ofSeconds(1)))
                    .as("alert on the first node within 1 s")
                    .isNotNull();
            assertThat(onSecond.nextComment(Duration.ofSeconds(2)))
                    .as("heartbeat comment on an idle stream")
                    .isEqualTo("heartbeat");
        }
    }
}
