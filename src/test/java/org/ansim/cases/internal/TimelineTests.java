package org.ansim.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.CaseTimeline;
import org.ansim.support.AnsimIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Another module's line reaches the timeline once, however often its event is delivered. */
@AnsimIntegrationTest
class TimelineTests {

    @Autowired
    CaseOpening opening;

    @Autowired
    TimelineWriter writer;

    @Autowired
    CaseTimeline timeline;

    @Test
    void aLineDeliveredTwiceIsWrittenOnce() {
        var opened = opening.openAt(CaseMother.policeReferral(), Instant.now());
        var activity = new CaseActivityNoted(
                opened.id(),
                "consent",
                "CONSENT_GIVEN",
                "CASE_MANAGEMENT",
                "client:police",
                Instant.now().truncatedTo(ChronoUnit.MICROS));

        // The listener runs asynchronously, in a transaction of its own, as on a real delivery.
        writer.on(activity);
        writer.on(activity);

        Awaitility.await()
                .pollDelay(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(timeline.entriesOf(opened.id()))
                        .filteredOn(entry -> entry.kind().equals("CONSENT_GIVEN"))
                        .hasSize(1));
    }

    @Test
    void aLineAboutACaseThatDoesNotExistIsDropped() {
        var nowhere = CaseId.random();

        writer.on(new CaseActivityNoted(nowhere, "consent", "CONSENT_GIVEN", null, null, Instant.now()));

        Awaitility.await().pollDelay(Duration.ofMillis(500)).until(() -> true);
        assertThat(timeline.entriesOf(nowhere)).isEmpty();
    }
}
