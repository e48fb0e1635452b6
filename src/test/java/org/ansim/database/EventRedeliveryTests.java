package org.ansim.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.ansim.support.AnsimIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A listener that fails once is handed its event again without a restart: nothing announced is dropped. */
@AnsimIntegrationTest
class EventRedeliveryTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEventWhoseListenerFailedOnceIsDeliveredAgainUntilItIsHandled() {
        var probe = new FailingOnceListener.RedeliveryProbe(UUID.randomUUID());

        transactions.executeWithoutResult(status -> events.publishEvent(probe));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(FailingOnceListener.HANDLED).contains(probe.id()));
        assertThat(FailingOnceListener.ATTEMPTS.get(probe.id())).isGreaterThanOrEqualTo(2);
    }
}
