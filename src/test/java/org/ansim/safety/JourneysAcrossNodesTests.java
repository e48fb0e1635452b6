package org.ansim.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.safety.internal.JourneysOnThePhone;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.SecondNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two Ansim nodes on one PostgreSQL: every journey's deadline fires exactly once, on whichever node picks it. */
@AnsimIntegrationTest
class JourneysAcrossNodesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JourneysOnThePhone journeys;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void withTwoNodesEachMissedArrivalIsRaisedExactlyOnce() {
        var caseNumber = PhoneMother.caseOfTheDemoManager(jdbc);
        PhoneMother.enrol(port, PhoneMother.issuedCode(port, caseNumber));
        var phone = JourneyTimers.phoneOf(jdbc, caseNumber);

        try (var second = SecondNode.on(database)) {
            var now = Instant.now();
            var ids = JourneyTimers.start(journeys, phone, 200, now.plusSeconds(3), now.plusSeconds(8));

            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> JourneyTimers.escalated(jdbc, ids) == ids.size());

            assertThat(JourneyTimers.withExactlyOneAlert(jdbc, ids)).isEqualTo(ids.size());
            assertThat(JourneyTimers.timersLeft(jdbc, ids)).isZero();
            var lateness = JourneyTimers.lateness(jdbc, ids);
            System.out.printf(
                    "Two nodes, %d journeys: worst lateness %.3f s, median %.3f s%n",
                    ids.size(), lateness.getFirst(), lateness.get(lateness.size() / 2));
            assertThat(lateness.get(lateness.size() / 2)).as("median lateness").isLessThan(2.0);
        }
    }
}
