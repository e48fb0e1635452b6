package org.ansim.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.SecondNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Timers fire once, close to their time, only if the transaction that set them committed, on one node of two. */
@AnsimIntegrationTest
class DurableTimersTests {

    @Autowired
    SchedulerClient timers;

    @Autowired
    OneTimeTask<Void> timerProbeTask;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void aTimerFiresOnceWithinTwoSecondsOfItsTime() {
        String id = UUID.randomUUID().toString();
        Instant due = Instant.now().plusSeconds(1);

        transactions.executeWithoutResult(status -> timers.schedule(timerProbeTask.instance(id), due));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TimerProbe.FIRED_AT.containsKey(id));
        assertThat(Duration.between(due, TimerProbe.FIRED_AT.get(id))).isLessThan(Duration.ofSeconds(2));
        assertThat(TimerProbe.FIRINGS.get(id)).isEqualTo(1);
    }

    @Test
    void timersFireAfterTheApplicationWasStoppedAndStartedAgain() {
        // As the test framework does with a context it puts aside and takes up again.
        context.stop();
        context.start();
        String id = UUID.randomUUID().toString();

        timers.schedule(timerProbeTask.instance(id), Instant.now().plusMillis(200));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TimerProbe.FIRED_AT.containsKey(id));
    }

    @Test
    void aTimerSetInATransactionThatRolledBackNeverFires() throws InterruptedException {
        String id = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            timers.schedule(timerProbeTask.instance(id), Instant.now());
            status.setRollbackOnly();
        });

        Thread.sleep(2_000);
        assertThat(TimerProbe.FIRINGS).doesNotContainKey(id);
        assertThat(timers.getScheduledExecution(timerProbeTask.instance(id))).isEmpty();
    }

    @Test
    void withTwoNodesRunningEachTimerFiresExactlyOnce() {
        try (var second = SecondNode.on(database)) {
            Instant due = Instant.now().plusSeconds(2);
            List<String> ids = IntStream.range(0, 200)
                    .mapToObj(i -> "two-nodes-" + UUID.randomUUID())
                    .toList();
            ids.forEach(id -> timers.schedule(timerProbeTask.instance(id), due));

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> ids.stream().allMatch(TimerProbe.FIRINGS::containsKey));
            assertThat(ids)
                    .allSatisfy(id -> assertThat(TimerProbe.FIRINGS.get(id)).isEqualTo(1));
        }
    }
}
