package org.ansim.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.ansim.AnsimApplication;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.StaffSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load generator for the police referral path (not a test): intake throughput and latency with 16 concurrent police
 * clients, and referral → SSE push latency to a unit lead's open inbox stream, each next to a ceiling measured in the
 * same run: a raw single-row JDBC {@code INSERT} + commit of the referral's JSON bytes into the same PostgreSQL from 16
 * threads.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.ReferralIntakeBenchmark
 * </pre>
 *
 * One Ansim node (demo mode, for the demo police key and unit lead) on a fresh embedded PostgreSQL 18 under
 * {@code target/benchmark-referrals}. Bounded: {@code -Dbench.referrals} (default 2,000) under load after
 * {@code -Dbench.warmup} (default 200), {@code -Dbench.single} (default 200) one at a time for the push latency without
 * load, {@code -Dbench.clients} (default 16). While the load runs, PostgreSQL's {@code pg_stat_activity} is sampled
 * every 10 ms to show what the sessions wait for.
 */
public final class ReferralIntakeBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int REFERRALS = Integer.getInteger("bench.referrals", 2_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 200);
    private static final int SINGLE = Integer.getInteger("bench.single", 200);
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");
    private static final AtomicInteger SERIES = new AtomicInteger();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ReferralIntakeBenchmark() {}

    record Run(double perSecond, long[] latencies, long[] pushes, Map<Integer, Integer> statuses) {}

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.forDirectory(Path.of("target/benchmark-referrals"), true, true);
        try (var node = node(database)) {
            var port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            var payload = ReferralTestData.ofDistinctPeople(0).getBytes(StandardCharsets.UTF_8).length;
            var inbox = new Inbox(port, StaffSession.signedIn(port, "demo-unit-lead", "demo-password"));
            send(port, inbox, 1, 1);
            send(port, inbox, CLIENTS, WARMUP);
            ceiling(database, payload, WARMUP);

            var sampler = new WaitSampler(database);
            var loaded = send(port, inbox, CLIENTS, REFERRALS);
            var waits = sampler.stop();
            var ceiling = ceiling(database, payload, REFERRALS);
            var single = send(port, inbox, 1, SINGLE);

            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "Referral intake, %d referrals (%d bytes of JSON each) from %d clients after %d warm-up%n",
                    REFERRALS,
                    payload,
                    CLIENTS,
                    WARMUP);
            System.out.printf(
                    Locale.ROOT, "%-62s %9s %10s %10s %10s%n", "", "per second", "p50 ms", "p99 ms", "max ms");
            row("ceiling: INSERT + commit of the JSON, " + CLIENTS + " threads (bare JDBC)", ceiling);
            row(
                    "POST /api/v1/referrals → 201, " + CLIENTS + " clients",
                    new Run(loaded.perSecond(), loaded.latencies(), null, loaded.statuses()));
            System.out.printf(
                    Locale.ROOT,
                    "%-62s %8.0f %%%n",
                    "intake vs ceiling",
                    100 * loaded.perSecond() / ceiling.perSecond());
            row(
                    "POST start → SSE alert at the unit lead, under that load",
                    new Run(0, loaded.pushes(), null, Map.of()));
            row(
                    "POST /api/v1/referrals → 201, one at a time",
                    new Run(single.perSecond(), single.latencies(), null, single.statuses()));
            row("POST start → SSE alert at the unit lead, one at a time", new Run(0, single.pushes(), null, Map.of()));
            System.out.println(
                    "HTTP statuses under load: " + loaded.statuses() + ", one at a time: " + single.statuses());
            System.out.println();
            System.out.println("What PostgreSQL's sessions were doing under load (share of samples of active"
                    + " sessions, " + waits.samples() + " samples):");
            waits.top(12).forEach(line -> System.out.println("  " + line));
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
                        "--spring.datasource.hikari.maximum-pool-size=30",
                        "--server.port=0",
                        "--ansim.demo=true",
                        "--ansim.data-dir=target/benchmark-referrals",
                        "--logging.level.root=WARN",
                        "--logging.level.ansim.client-use=WARN");
    }

    /** {@code count} distinct referrals from {@code clients} threads; latency of each and its push to the inbox. */
    private static Run send(int port, Inbox inbox, int clients, int count) throws Exception {
        var bodies = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(ReferralTestData.ofDistinctPeople(SERIES.getAndIncrement()));
        }
        var latencies = new long[count];
        var started = new long[count];
        var caseNumbers = new String[count];
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var next = new AtomicInteger();
        var begin = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var workers = new ArrayList<Future<?>>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        var request = HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/referrals"))
                                .header("Authorization", "Bearer demo-police-key")
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                                .build();
                        started[i] = System.nanoTime();
                        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - started[i];
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                .incrementAndGet();
                        var matcher = CASE_NUMBER.matcher(response.body());
                        if (matcher.find()) {
                            caseNumbers[i] = matcher.group(1);
                        }
                    }
                    return null;
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        }
        var elapsed = System.nanoTime() - begin;
        var pushes = new long[count];
        for (int i = 0; i < count; i++) {
            var arrived = caseNumbers[i] == null ? null : inbox.arrival(caseNumbers[i], 10_000);
            pushes[i] = arrived == null ? Long.MAX_VALUE : arrived - started[i];
        }
        var counts = new java.util.TreeMap<Integer, Integer>();
        statuses.forEach((status, n) -> counts.put(status, n.get()));
        return new Run(count / (elapsed / 1e9), latencies, pushes, counts);
    }

    /** A raw INSERT of a row of the referral's size and a commit per row, from as many threads as there are clients. */
    private static Run ceiling(EmbeddedDatabase database, int payload, int count) throws Exception {
        try (var setup = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                var statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_referral (id UUID PRIMARY KEY, body TEXT NOT NULL)");
        }
        var body = "x".repeat(payload);
        var latencies = new long[count];
        var next = new AtomicInteger();
        var begin = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            var workers = new ArrayList<Future<?>>();
            for (int c = 0; c < CLIENTS; c++) {
                workers.add(pool.submit(() -> {
                    try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                            var insert = connection.prepareStatement("INSERT INTO bench_referral VALUES (?, ?)")) {
                        connection.setAutoCommit(false);
                        int i;
                        while ((i = next.getAndIncrement()) < count) {
                            var started = System.nanoTime();
                            insert.setObject(1, java.util.UUID.randomUUID());
                            insert.setString(2, body);
                            insert.executeUpdate();
                            connection.commit();
                            latencies[i] = System.nanoTime() - started;
                        }
                    }
                    return null;
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        }
        return new Run(count / ((System.nanoTime() - begin) / 1e9), latencies, null, Map.of());
    }

    private static void row(String label, Run run) {
        var sorted = run.latencies().clone();
        Arrays.sort(sorted);
        var lost = Arrays.stream(sorted).filter(n -> n == Long.MAX_VALUE).count();
        System.out.printf(
                Locale.ROOT,
                "%-62s %9s %10.2f %10.2f %10.2f%s%n",
                label,
                run.perSecond() > 0 ? "%,.0f".formatted(run.perSecond()) : "",
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                lost > 0 ? "   (" + lost + " never arrived)" : "");
    }

    /** A unit lead's open inbox: the SSE stream, noting when the alert of each case number arrived. */
    private static final class Inbox {

        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

        Inbox(int port, StaffSession unitLead) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                    .header("Cookie", unitLead.sessionCookie())
                    .header("Accept", "text/event-stream")
                    .build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Stream refused: " + response.statusCode());
            }
            Thread.ofVirtual()
                    .start(() -> response.body().forEach(line -> {
                        if (line.startsWith("data:") && line.contains("\"kind\":\"REFERRAL\"")) {
                            var now = System.nanoTime();
                            var matcher = CASE_NUMBER.matcher(line);
                            if (matcher.find()) {
                                arrivals.putIfAbsent(matcher.group(1), now);
                            }
                        }
                    }));
        }

        Long arrival(String caseNumber, long waitMillis) throws InterruptedException {
            var deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (System.nanoTime() < deadline) {
                var arrived = arrivals.get(caseNumber);
                if (arrived != null) {
                    return arrived;
                }
                Thread.sleep(1);
            }
            return arrivals.get(caseNumber);
        }
    }

    /** Samples what PostgreSQL's client sessions are doing, every 10 ms, on a connection of its own. */
    private static final class WaitSampler {

        record Waits(int samples, List<String> lines) {
            List<String> top(int n) {
                return lines.stream().limit(n).toList();
            }
        }

        private final Map<String, Integer> counts = new HashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger samples = new AtomicInteger();
        private final Thread thread;

        WaitSampler(EmbeddedDatabase database) {
            thread = Thread.ofPlatform().start(() -> {
                try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                        var query = connection.prepareStatement("""
                                SELECT state, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS waiting,
                                       regexp_replace(left(query, 60), '\\s+', ' ', 'g') AS query
                                  FROM pg_stat_activity
                                 WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
                                   AND state IN ('active', 'idle in transaction')
                                """)) {
                    while (running.get()) {
                        try (var rows = query.executeQuery()) {
                            while (rows.next()) {
                                var key = rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getString(3);
                                synchronized (counts) {
                                    counts.merge(key, 1, Integer::sum);
                                }
                            }
                        }
                        samples.incrementAndGet();
                        Thread.sleep(10);
                    }
                } catch (Exception e) {
                    System.err.println("Sampling stopped: " + e);
                }
            });
        }

        Waits stop() throws InterruptedException {
            running.set(false);
            thread.join();
            synchronized (counts) {
                var total = counts.values().stream().mapToInt(Integer::intValue).sum();
                var lines = counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                        .map(e -> "%5.1f %%  %s".formatted(100.0 * e.getValue() / total, e.getKey()))
                        .toList();
                return new Waits(samples.get(), lines);
            }
        }
    }
}
