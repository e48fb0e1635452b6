package org.ansim.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.ansim.AnsimApplication;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.support.StaffSession;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load generator for the live alert path (not a test): raise → SSE receipt latency, for a console on the node that
 * raised the alert and for one on a second node, against a ceiling measured in the same run: a bare INSERT +
 * {@code pg_notify} committed on one JDBC connection and received by another that LISTENs, without Spring.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.AlertLatencyBenchmark
 * </pre>
 *
 * Two Ansim nodes on a fresh embedded PostgreSQL 18 under {@code target/benchmark-alerts}. Alerts are raised one at a
 * time (each waits for both consoles), so the figures are latency, not throughput. Bounded: {@code -Dbench.alerts}
 * (default 500) after {@code -Dbench.warmup} (default 100).
 */
public final class AlertLatencyBenchmark {

    private static final int ALERTS = Integer.getInteger("bench.alerts", 500);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");

    private AlertLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.forDirectory(Path.of("target/benchmark-alerts"), true, true);
        try (var first = node(database);
                var second = node(database)) {
            var ceiling = ceiling(database);
            var ansim = throughAnsim(first, second);
            System.out.println();
            System.out.printf(
                    Locale.ROOT, "Alert latency, %d alerts after %d warm-up, one at a time%n", ALERTS, WARMUP);
            print("ceiling: INSERT + pg_notify, commit → LISTEN receipt (bare JDBC)", ceiling);
            print("raise → SSE receipt, console on the same node", ansim[0]);
            print("raise → SSE receipt, console on a second node", ansim[1]);
        } finally {
            database.stop();
        }
    }

    private static ConfigurableApplicationContext node(EmbeddedDatabase database) {
        return new SpringApplicationBuilder(AnsimApplication.class)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--ansim.demo=true",
                        "--ansim.data-dir=target/benchmark-alerts",
                        "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** Both consoles connected; each alert raised in its own transaction on the first node. */
    private static long[][] throughAnsim(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
            throws Exception {
        var session = StaffSession.signedIn(port(first), "demo-dispatcher", "demo-password");
        var onFirst = new Console(port(first), session.sessionCookie());
        var onSecond = new Console(port(second), session.sessionCookie());
        var alerts = first.getBean(Alerts.class);
        var transactions = first.getBean(TransactionTemplate.class);
        var same = new long[ALERTS];
        var other = new long[ALERTS];
        for (int i = -WARMUP; i < ALERTS; i++) {
            var caseNumber = "STK-2026-%06d".formatted(i + WARMUP + 1);
            var seenFirst = onFirst.expect(caseNumber);
            var seenSecond = onSecond.expect(caseNumber);
            var started = System.nanoTime();
            transactions.execute(status -> alerts.raise(RaiseAlert.of(AlertKind.SOS, caseNumber, "Benchmark SOS")));
            var receivedFirst = seenFirst.get(5, TimeUnit.SECONDS);
            var receivedSecond = seenSecond.get(5, TimeUnit.SECONDS);
            if (i >= 0) {
                same[i] = receivedFirst - started;
                other[i] = receivedSecond - started;
            }
        }
        return new long[][] {same, other};
    }

    /** A bare INSERT + pg_notify per transaction, received by a LISTENing connection polled on a virtual thread. */
    private static long[] ceiling(EmbeddedDatabase database) throws Exception {
        var samples = new long[ALERTS];
        var waiting = new ConcurrentHashMap<String, CompletableFuture<Long>>();
        try (var writer = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                var listener = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")) {
            try (var statement = writer.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS bench_alert (id BIGINT PRIMARY KEY, kind VARCHAR(32),"
                        + " case_number VARCHAR(32), summary VARCHAR(200), raised_at TIMESTAMPTZ)");
            }
            try (var statement = listener.createStatement()) {
                statement.execute("LISTEN bench_alerts");
            }
            var pg = listener.unwrap(PGConnection.class);
            var polling = Thread.ofVirtual().start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        var received = pg.getNotifications(500);
                        var now = System.nanoTime();
                        if (received != null) {
                            for (var notification : received) {
                                var future = waiting.remove(notification.getParameter());
                                if (future != null) {
                                    future.complete(now);
                                }
                            }
                        }
                    }
                } catch (java.sql.SQLException closed) {
                    // the benchmark is over
                }
            });
            writer.setAutoCommit(false);
            try (var insert = writer.prepareStatement(
                            "INSERT INTO bench_alert VALUES (?, 'SOS', ?, 'Benchmark SOS', now())");
                    var notify = writer.prepareStatement("SELECT pg_notify('bench_alerts', ?)")) {
                for (int i = -WARMUP; i < ALERTS; i++) {
                    var id = Integer.toString(i + WARMUP + 1);
                    var seen = new CompletableFuture<Long>();
                    waiting.put(id, seen);
                    var started = System.nanoTime();
                    insert.setLong(1, i + WARMUP + 1);
                    insert.setString(2, "STK-2026-" + id);
                    insert.executeUpdate();
                    notify.setString(1, id);
                    notify.executeQuery().close();
                    writer.commit();
                    var received = seen.get(5, TimeUnit.SECONDS);
                    if (i >= 0) {
                        samples[i] = received - started;
                    }
                }
            }
            polling.interrupt();
        }
        return samples;
    }

    private static void print(String label, long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-70s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n",
                label,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** A dispatcher console's SSE connection; completes a future when an alert for a case number arrives. */
    private static final class Console {

        private final Map<String, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();

        Console(int port, String cookie) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                    .header("Cookie", cookie)
                    .header("Accept", "text/event-stream")
                    .build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Stream refused: " + response.statusCode());
            }
            Thread.ofVirtual()
                    .start(() -> response.body().forEach(line -> {
                        if (line.startsWith("data:")) {
                            var now = System.nanoTime();
                            var matcher = CASE_NUMBER.matcher(line);
                            if (matcher.find()) {
                                var future = waiting.remove(matcher.group(1));
                                if (future != null) {
                                    future.complete(now);
                                }
                            }
                        }
                    }));
        }

        CompletableFuture<Long> expect(String caseNumber) {
            var future = new CompletableFuture<Long>();
            waiting.put(caseNumber, future);
            return future;
        }
    }
}
