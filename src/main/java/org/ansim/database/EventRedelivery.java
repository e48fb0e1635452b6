package org.ansim.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nothing a module announced is dropped because its listener failed once (a full connection pool, a database
 * restart): failed publications of the outbox, and those the staleness monitor gave up waiting for (a node that
 * died mid-way), are handed to their listeners again, on every node, in small batches. Listeners are written to
 * change nothing when an event arrives twice.
 */
@Component
@EnableScheduling
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);
    static final ResubmissionOptions OPTIONS = ResubmissionOptions.defaults()
            .withMinAge(Duration.ofSeconds(20))
            .withBatchSize(100)
            .withMaxInFlight(8);

    private final FailedEventPublications failed;

    EventRedelivery(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(
            initialDelayString = "${ansim.events.redelivery-interval:30s}",
            fixedDelayString = "${ansim.events.redelivery-interval:30s}")
    void redeliver() {
        try {
            failed.resubmit(OPTIONS);
        } catch (RuntimeException e) {
            log.warn("Failed event publications could not be resubmitted now; trying again later: {}", e.toString());
        }
    }
}
