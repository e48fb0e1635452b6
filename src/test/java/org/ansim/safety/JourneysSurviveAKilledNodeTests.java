package org.ansim.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.ansim.database.DatabaseProperties;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.safety.internal.JourneysOnThePhone;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.AnsimProcess;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5's acceptance test for missed arrivals: 1,000 journeys due within the next minute; the Ansim node running
 * them (a JVM of its own) is killed with SIGKILL while it escalates them, a new node starts on the same database, and
 * in the end every journey escalated exactly once: one MISSED_ARRIVAL alert each, no timer left. (The test's own node
 * shares the database and takes part, as a third node of the installation would.)
 */
@AnsimIntegrationTest
class JourneysSurviveAKilledNodeTests {

    private static final int JOURNEYS = 1_000;
    private static final Duration START_WITHIN = Duration.ofMinutes(2);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JourneysOnThePhone journeys;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    DatabaseProperties installation;

    @Test
    void aThousandJourneysDueWithAKillInTheMiddleEachEscalateExactlyOnce() {
        var caseNumber = PhoneMother.caseOfTheDemoManager(jdbc);
        PhoneMother.enrol(port, PhoneMother.issuedCode(port, caseNumber));
        var phone = JourneyTimers.phoneOf(jdbc, caseNumber);

        try (var first = AnsimProcess.start(database, keyset(), "journeys-kill-first", START_WITHIN)) {
            var now = Instant.now();
            var ids = JourneyTimers.start(journeys, phone, JOURNEYS, now.plusSeconds(15), now.plusSeconds(60));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> JourneyTimers.escalated(jdbc, ids) >= JOURNEYS / 4);
            first.kill();
            var deadOwner =
                    jdbc.sql("""
                            SELECT count(*) FROM scheduled_tasks WHERE task_name = 'safety-journey-escalation'
                               AND picked AND picked_by LIKE ?""").param(first.pid() + "@%").query(Long.class).single();
            var atKill = JourneyTimers.escalated(jdbc, ids);
            System.out.printf(
                    "Killed the node with %d of %d escalated and %d executions it had picked%n",
                    atKill, JOURNEYS, deadOwner);
            assertThat(atKill).as("killed in the middle").isLessThan(JOURNEYS);

            try (var second = AnsimProcess.start(database, keyset(), "journeys-kill-second", START_WITHIN)) {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(180))
                        .until(() -> JourneyTimers.escalated(jdbc, ids) == JOURNEYS);
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> JourneyTimers.timersLeft(jdbc, ids) == 0);

                assertThat(JourneyTimers.withExactlyOneAlert(jdbc, ids))
                        .as("each journey escalated exactly once:\n" + second.logTail())
                        .isEqualTo(JOURNEYS);
                assertThat(jdbc.sql(
                                        "SELECT count(*) FROM alerts_alert WHERE kind = 'MISSED_ARRIVAL' AND source_key = ANY(?)")
                                .param(ids.stream().map(id -> "journey:" + id).toArray(String[]::new))
                                .query(Long.class)
                                .single())
                        .isEqualTo(JOURNEYS);
            }
        }
    }

    private Path keyset() {
        return installation.dataDir().resolve("privacy").resolve("keyset.json");
    }
}
