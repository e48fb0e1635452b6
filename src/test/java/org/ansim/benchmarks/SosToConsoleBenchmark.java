package org.ansim.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.ansim.AnsimApplication;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.support.StaffSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load generator for the victim's SOS to the dispatcher console (not a test): {@code -Dbench.streams} (default 200)
 * console SSE streams open on {@code /api/v1/alerts/stream} as signed-in dispatchers, {@code -Dbench.journeys}
 * (default 10,000) running journeys with their escalation timers in the database, then {@code -Dbench.sos} (default
 * 300) SOS posts from the demo phone one at a time and as many again from {@code -Dbench.clients} (default 4) clients at
 * once, each with a fresh clientEventId. Latency runs from just before the POST is sent to the moment the {@code data:}
 * line carrying the SOS's alertId is read on a stream: on the first stream (the sample), and on the slowest of all
 * streams. Ceiling in the same run: a bare loopback round trip, {@code GET /actuator/health} with the same client.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.SosToConsoleBenchmark
 * </pre>
 */
public final class SosToConsoleBenchmark {

    private static final int STREAMS = Integer.getInteger("bench.streams", 200);
    private static final int JOURNEYS = Integer.getInteger("bench.journeys", 10_000);
    private static final int SOS = Integer.getInteger("bench.sos", 300);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 10);
    private static final Pattern ALERT_ID = Pattern.compile("\"alertId\":\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String DATA_DIR = "target/benchmark-sos";

    private SosToConsoleBenchmark() {}

    record Run(long[] posts, long[] sampled, long[] slowest, Map<Integer, Integer> statuses) {}

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.forDirectory(Path.of(DATA_DIR), true, true);
        try (var node = node(database)) {
            var port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            var inserted = BenchmarkJourneys.insertRunning(
                    database, JOURNEYS, Instant.now().plusSeconds(6 * 3600), 3600);
            var consoles = new ArrayList<Console>();
            var sessions = new ArrayList<StaffSession>();
            for (int s = 0; s < SESSIONS; s++) {
                sessions.add(StaffSession.signedIn(port, "demo-dispatcher", "demo-password"));
            }
            for (int i = 0; i < STREAMS; i++) {
                consoles.add(new Console(port, sessions.get(i % sessions.size())));
            }
            Thread.sleep(500);
            send(port, consoles, 1, WARMUP);
            health(port, WARMUP);

            var ceiling = health(port, Math.max(SOS, 1_000));
            var single = send(port, consoles, 1, SOS);
            var loaded = send(port, consoles, CLIENTS, SOS);

            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "SOS → console: %d console streams (%d dispatcher sessions), %d running journeys in the database%n",
                    STREAMS,
                    SESSIONS,
                    inserted);
            System.out.printf(Locale.ROOT, "%-66s %10s %10s %10s%n", "", "p50 ms", "p99 ms", "max ms");
            row("ceiling: GET /actuator/health, loopback round trip", ceiling);
            row("POST /api/v1/app/sos → 202, one at a time", single.posts());
            row("POST start → data: line on the sampled stream, one at a time", single.sampled());
            row("POST start → data: line on the slowest stream, one at a time", single.slowest());
            row("POST /api/v1/app/sos → 202, " + CLIENTS + " clients", loaded.posts());
            row("POST start → data: line on the sampled stream, " + CLIENTS + " clients", loaded.sampled());
            row("POST start → data: line on the slowest stream, " + CLIENTS + " clients", loaded.slowest());
            System.out.println("HTTP statuses one at a time: " + single.statuses() + ", " + CLIENTS + " clients: "
                    + loaded.statuses());
        } finally {
            database.stop();
        }
    }

    static ConfigurableApplicationContext node(EmbeddedDatabase database) {
        return new SpringApplicationBuilder(AnsimApplication.class)
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

    /** {@code count} SOS posts from {@code clients} threads, each with a fresh clientEventId. */
    private static Run send(int port, List<Console> consoles, int clients, int count) throws Exception {
        var posts = new long[count];
        var started = new long[count];
        var alertIds = new String[count];
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var next = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var workers = new ArrayList<Future<?>>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        var body = """
                                {"clientEventId":"%s","at":"%s","latitude":37.5663,"longitude":126.9779,\
                                "accuracyMeters":12.0}""".formatted(UUID.randomUUID(), Instant.now());
                        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/app/sos"))
                                .header("Authorization", "Bearer demo-phone-token")
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        started[i] = System.nanoTime();
                        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        posts[i] = System.nanoTime() - started[i];
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                .incrementAndGet();
                        var matcher = ALERT_ID.matcher(response.body());
                        if (matcher.find()) {
                            alertIds[i] = matcher.group(1);
                        }
                    }
                    return null;
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        }
        var sampled = new long[count];
        var slowest = new long[count];
        for (int i = 0; i < count; i++) {
            if (alertIds[i] == null) {
                sampled[i] = Long.MAX_VALUE;
                slowest[i] = Long.MAX_VALUE;
                continue;
            }
            var first = consoles.getFirst().arrival(alertIds[i], 10_000);
            sampled[i] = first == null ? Long.MAX_VALUE : first - started[i];
            long last = 0;
            for (var console : consoles) {
                var arrived = console.arrival(alertIds[i], 10_000);
                last = arrived == null ? Long.MAX_VALUE : Math.max(last, arrived - started[i]);
                if (last == Long.MAX_VALUE) {
                    break;
                }
            }
            slowest[i] = last;
        }
        var counts = new java.util.TreeMap<Integer, Integer>();
        statuses.forEach((status, n) -> counts.put(status, n.get()));
        return new Run(posts, sampled, slowest, counts);
    }

    /** The ceiling: a bare loopback HTTP round trip through the same client and server. */
    private static long[] health(int port, int count) throws Exception {
        var latencies = new long[count];
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Accept", "application/json")
                .build();
        for (int i = 0; i < count; i++) {
            var started = System.nanoTime();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Health answered " + response.statusCode());
            }
        }
        return latencies;
    }

    static void row(String label, long[] latencies) {
        var sorted = latencies.clone();
        Arrays.sort(sorted);
        var lost = Arrays.stream(sorted).filter(n -> n == Long.MAX_VALUE).count();
        System.out.printf(
                Locale.ROOT,
                "%-66s %10.2f %10.2f %10.2f%s%n",
                label,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                lost > 0 ? "   (" + lost + " never arrived)" : "");
    }

    /** A dispatcher's open console: the SSE stream, noting when each alert id first arrived. */
    private static final class Console {

        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

        Console(int port, StaffSession dispatcher) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                    .header("Cookie", dispatcher.sessionCookie())
                    .header("Accept", "text/event-stream")
                    .build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Stream refused: " + response.statusCode());
            }
            Thread.ofVirtual()
                    .start(() -> response.body().forEach(line -> {
                        if (line.startsWith("data:") && line.contains("\"kind\":\"SOS\"")) {
                            var now = System.nanoTime();
                            var matcher = ALERT_ID.matcher(line);
                            if (matcher.find()) {
                                arrivals.putIfAbsent(matcher.group(1), now);
                            }
                        }
                    }));
        }

        Long arrival(String alertId, long waitMillis) throws InterruptedException {
            var deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (System.nanoTime() < deadline) {
                var arrived = arrivals.get(alertId);
                if (arrived != null) {
                    return arrived;
                }
                Thread.sleep(1);
            }
            return arrivals.get(alertId);
        }
    }

    static int count(EmbeddedDatabase database, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
