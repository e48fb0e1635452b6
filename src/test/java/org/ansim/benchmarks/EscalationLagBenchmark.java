package org.ansim.benchmarks;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ansim.AnsimApplication;
import org.ansim.database.EmbeddedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Load generator for journeys' missed-arrival escalation (not a test). One Ansim node (demo mode) on a fresh embedded
 * PostgreSQL under {@code target/benchmark-escalation}. First the ceiling: {@code -Dbench.journeys} (default 100,000)
 * executions of an empty one-time task, due evenly over {@code -Dbench.minutes} (default 10), fired by the node's own
 * db-scheduler (same threads, polling and data source as the journeys' timers); lag = when the task body runs − its
 * execution time. Then as many running journeys whose deadlines pass without arrival, spread the same way, each with
 * its escalation timer as the safety module sets it; lag = the MISSED_ARRIVAL alert's {@code raised_at} − the
 * journey's {@code escalates_at}, read from the database afterwards, with journeys never escalated (lost) and alerts
 * raised twice for one journey (doubled) counted.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.EscalationLagBenchmark \
 *     -Dbench.journeys=20000 -Dbench.minutes=2
 * </pre>
 */
public final class EscalationLagBenchmark {

    private static final int JOURNEYS = Integer.getInteger("bench.journeys", 100_000);
    private static final int MINUTES = Integer.getInteger("bench.minutes", 10);
    private static final int GRACE_SECONDS = Integer.getInteger("bench.graceSeconds", 120);
    private static final String DATA_DIR = "target/benchmark-escalation";
    private static final String EMPTY_TASK = "bench-empty-task";
    private static final Map<String, Long> EMPTY_LAGS = new ConcurrentHashMap<>();
    private static final AtomicInteger EMPTY_RUNS = new AtomicInteger();

    private EscalationLagBenchmark() {}

    /** The ceiling's timer: does nothing but note how late it ran. Registered as a source, not scanned. */
    public static class EmptyTimer {

        @Bean
        OneTimeTask<Void> benchEmptyTask() {
            return Tasks.oneTime(EMPTY_TASK).defaultPriority(Priority.HIGH).execute((instance, context) -> {
                var lag = Duration.between(context.getExecution().executionTime, Instant.now());
                EMPTY_RUNS.incrementAndGet();
                EMPTY_LAGS.putIfAbsent(instance.getId(), lag.toNanos());
            });
        }
    }

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.forDirectory(Path.of(DATA_DIR), true, true);
        var spread = MINUTES * 60L;
        try (var node = node(database)) {
            // Ceiling: the scheduler's own firing lag for empty executions, the same number spread the same way.
            var first = Instant.now().plusSeconds(15);
            scheduleEmpty(database, JOURNEYS, first, spread);
            System.out.printf(
                    Locale.ROOT, "%s ceiling: %,d empty executions due over %d s%n", Instant.now(), JOURNEYS, spread);
            var until = first.plusSeconds(spread + GRACE_SECONDS);
            while (EMPTY_LAGS.size() < JOURNEYS && Instant.now().isBefore(until)) {
                Thread.sleep(1_000);
            }
            Thread.sleep(2_000);
            var emptyLags =
                    EMPTY_LAGS.values().stream().mapToLong(Long::longValue).toArray();
            var emptyLost = JOURNEYS - emptyLags.length;
            var emptyDoubled = EMPTY_RUNS.get() - emptyLags.length;

            // Journeys whose deadlines pass without arrival.
            first = Instant.now().plusSeconds(15);
            var inserted = BenchmarkJourneys.insertRunning(database, JOURNEYS, first, spread);
            System.out.printf(
                    Locale.ROOT, "%s journeys: %,d running, deadlines over %d s%n", Instant.now(), inserted, spread);
            until = first.plusSeconds(spread + GRACE_SECONDS);
            int running;
            while ((running = SosToConsoleBenchmark.count(
                                    database,
                                    "SELECT count(*) FROM safety_journey WHERE status = 'RUNNING' AND request_hash = '"
                                            + BenchmarkJourneys.MARK + "'"))
                            > 0
                    && Instant.now().isBefore(until)) {
                Thread.sleep(2_000);
            }
            var lags = journeyLags(database);
            var alerts = SosToConsoleBenchmark.count(database, """
                    SELECT count(*) FROM alerts_alert a JOIN safety_journey j ON a.source_key = 'journey:' || j.id
                     WHERE a.kind = 'MISSED_ARRIVAL' AND j.request_hash = 'benchmark'""");
            var escalatedWithoutAlert = SosToConsoleBenchmark.count(database, """
                    SELECT count(*) FROM safety_journey j
                     WHERE j.request_hash = 'benchmark'
                       AND (j.status <> 'ESCALATED' OR NOT EXISTS (
                            SELECT 1 FROM alerts_alert a WHERE a.id = j.alert_id AND a.kind = 'MISSED_ARRIVAL'))""");
            var missedArrivalAlerts = SosToConsoleBenchmark.count(
                    database, "SELECT count(*) FROM alerts_alert WHERE kind = 'MISSED_ARRIVAL'");

            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "Escalation lag: %,d journeys, deadlines spread evenly over %d min (%.0f per second)%n",
                    JOURNEYS,
                    MINUTES,
                    JOURNEYS / (double) spread);
            System.out.printf(
                    Locale.ROOT, "%-58s %10s %10s %10s %8s %8s%n", "", "p50 ms", "p99 ms", "max ms", "lost", "doubled");
            row("ceiling: db-scheduler empty task, run − due", emptyLags, emptyLost, emptyDoubled);
            row("journey: MISSED_ARRIVAL raised_at − escalates_at", lags, JOURNEYS - lags.length, alerts - lags.length);
            System.out.printf(
                    Locale.ROOT,
                    "journeys not ESCALATED with their alert at the end: %d; MISSED_ARRIVAL alerts in the database: %d"
                            + " (%d inserted journeys + the demo's own)%n",
                    escalatedWithoutAlert,
                    missedArrivalAlerts,
                    inserted);
        } finally {
            database.stop();
        }
    }

    private static ConfigurableApplicationContext node(EmbeddedDatabase database) {
        return new SpringApplicationBuilder(AnsimApplication.class, EmptyTimer.class)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=30",
                        "--server.port=0",
                        "--ansim.demo=true",
                        "--ansim.data-dir=" + DATA_DIR,
                        "--logging.level.root=WARN",
                        "--logging.level.ansim.client-use=WARN");
    }

    private static void scheduleEmpty(EmbeddedDatabase database, int count, Instant first, long spreadSeconds)
            throws Exception {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                var insert = connection.prepareStatement("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version, priority)
                        SELECT ?, 'empty-' || g, ?::timestamptz + (? * (g - 1)::float8 / ?) * interval '1 second',
                               false, 1, 90
                          FROM generate_series(1, ?) g""")) {
            insert.setString(1, EMPTY_TASK);
            insert.setTimestamp(2, Timestamp.from(first));
            insert.setLong(3, spreadSeconds);
            insert.setInt(4, count);
            insert.setInt(5, count);
            insert.executeUpdate();
        }
    }

    /** Lag of every benchmark journey's MISSED_ARRIVAL alert behind its deadline, in nanoseconds. */
    private static long[] journeyLags(EmbeddedDatabase database) throws Exception {
        var lags = new ArrayList<Long>();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                var rows = connection.createStatement().executeQuery("""
                        SELECT (extract(epoch FROM a.raised_at - j.escalates_at) * 1e9)::bigint
                          FROM safety_journey j JOIN alerts_alert a ON a.source_key = 'journey:' || j.id
                         WHERE j.request_hash = 'benchmark' AND a.kind = 'MISSED_ARRIVAL'""")) {
            while (rows.next()) {
                lags.add(rows.getLong(1));
            }
        }
        return lags.stream().mapToLong(Long::longValue).toArray();
    }

    private static void row(String label, long[] lags, long lost, long doubled) {
        if (lags.length == 0) {
            System.out.printf(Locale.ROOT, "%-58s %10s %10s %10s %8d %8d%n", label, "-", "-", "-", lost, doubled);
            return;
        }
        var sorted = lags.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-58s %10.1f %10.1f %10.1f %8d %8d%n",
                label,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                lost,
                doubled);
    }
}
