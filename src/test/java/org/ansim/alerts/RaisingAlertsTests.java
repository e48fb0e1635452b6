package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/** Other modules raise alerts in their own transaction, idempotently on a source key. */
@AnsimIntegrationTest
class RaisingAlertsTests {

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    final List<AlertRaised> committed = new CopyOnWriteArrayList<>();
    TransactionalApplicationListener<?> listener;

    @BeforeEach
    void listenForCommittedRaises() {
        listener = new TransactionalApplicationListenerAdapter<ApplicationEvent>(event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof AlertRaised raised) {
                committed.add(raised);
            }
        });
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void aRaisedAlertIsStoredOpenWithItsCaseNumberAndPriority() {
        var command = AlertMother.sos();

        var id = transactions.execute(status -> alerts.raise(command));

        var view = alerts.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(view.caseNumber()).isEqualTo(command.caseNumber());
        assertThat(view.priority()).isEqualTo(AlertPriority.HIGH);
        assertThat(view.sequence()).isPositive();
        assertThat(committed).extracting(AlertRaised::alertId).containsExactly(id);
    }

    @Test
    void raisingTwiceWithTheSameSourceKeyReturnsTheFirstAlert() {
        var command = AlertMother.sos();

        var first = transactions.execute(status -> alerts.raise(command));
        var second = transactions.execute(status -> alerts.raise(command));

        assertThat(second).isEqualTo(first);
        assertThat(rowsFor(command.caseNumber())).isEqualTo(1);
        assertThat(committed).hasSize(1);
    }

    @Test
    void concurrentRaisesWithTheSameSourceKeyStoreOneAlert() throws Exception {
        var command = AlertMother.sos();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var raises = new java.util.ArrayList<Future<AlertId>>();
            for (int i = 0; i < 8; i++) {
                raises.add(pool.submit(() -> transactions.execute(status -> alerts.raise(command))));
            }
            var ids = new java.util.HashSet<AlertId>();
            for (var raise : raises) {
                ids.add(raise.get());
            }
            assertThat(ids).hasSize(1);
        }
        assertThat(rowsFor(command.caseNumber())).isEqualTo(1);
    }

    @Test
    void aRaiseRollsBackWithTheCallersTransaction() {
        var command = AlertMother.sos();

        var id = transactions.execute(status -> {
            var raised = alerts.raise(command);
            status.setRollbackOnly();
            return raised;
        });

        assertThat(alerts.find(id)).isEmpty();
        assertThat(rowsFor(command.caseNumber())).isZero();
        assertThat(committed).isEmpty();
    }

    @Test
    void aRolledBackRaiseDoesNotBlockTheRetry() {
        var command = AlertMother.sos();
        transactions.executeWithoutResult(status -> {
            alerts.raise(command);
            status.setRollbackOnly();
        });

        var retried = transactions.execute(status -> alerts.raise(command));

        assertThat(alerts.find(retried)).isPresent();
        assertThat(rowsFor(command.caseNumber())).isEqualTo(1);
    }

    private long rowsFor(String caseNumber) {
        return jdbc.sql("SELECT count(*) FROM alerts_alert WHERE case_number = ?")
                .param(caseNumber)
                .query(Long.class)
                .single();
    }
}
