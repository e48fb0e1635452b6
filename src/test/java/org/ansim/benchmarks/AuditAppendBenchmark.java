package org.ansim.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditSubject;
import org.ansim.audit.internal.Actor;
import org.ansim.audit.internal.ActorKind;
import org.ansim.audit.internal.AuditChains;
import org.ansim.audit.internal.AuditRecord;
import org.ansim.audit.internal.ChainVerifier;
import org.ansim.database.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load generator for the audit log (not a test): the cost of one append and appends per second with 1, 4 and 16
 * concurrent writers on 1 and on 16 chains, against a ceiling measured in the same run: a plain INSERT of the same row
 * into a copy of the table (same indexes, no chain, no triggers), each in its own transaction.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.AuditAppendBenchmark
 * </pre>
 *
 * Runs on a fresh embedded PostgreSQL 18 under {@code target/benchmark-data}, with the DataSource, Flyway and the
 * audit beans only (no web, no JPA). Bounded: each throughput run stops after {@code -Dbench.seconds} (default 4; best of two runs is reported) or
 * {@code -Dbench.maxOps} (default 200000) appends, whichever comes first.
 */
public final class AuditAppendBenchmark {

    private static final int LATENCY_WARMUP = 1_000;
    private static final int LATENCY_SAMPLES = 3_000;
    private static final int[] WRITERS = {1, 4, 16};
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 4));
    private static final long MAX_OPS = Long.getLong("bench.maxOps", 200_000);

    private final JdbcClient jdbc;
    private final DataSourceTransactionManager transactions;

    private AuditAppendBenchmark(HikariDataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new DataSourceTransactionManager(dataSource);
    }

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.forDirectory(Path.of("target/benchmark-data"), true, true);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(20);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            new AuditAppendBenchmark(dataSource).run();
        } finally {
            dataSource.close();
            database.stop();
        }
    }

    private void run() throws Exception {
        jdbc.sql("CREATE TABLE bench_plain_entry (LIKE audit_entry INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
                        + " INCLUDING INDEXES)")
                .update();
        var out = new StringBuilder();
        out.append("Audit append benchmark, ")
                .append(Instant.now())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, Java ")
                .append(Runtime.version())
                .append(", PostgreSQL ")
                .append(jdbc.sql("show server_version").query(String.class).single())
                .append(", load average before: ")
                .append(loadAverage())
                .append("\n\n");

        var sixteen = new AuditChains(jdbc, transactions, 16);
        sixteen.open();
        var one = new AuditChains(jdbc, transactions, 1);
        one.open();

        out.append("## Cost of one append, single writer (")
                .append(LATENCY_SAMPLES)
                .append(" samples after ")
                .append(LATENCY_WARMUP)
                .append(" warm-up)\n\n");
        out.append("| operation | p50 µs | p90 µs | p99 µs | max µs |\n|---|---:|---:|---:|---:|\n");
        out.append(latencyRow("chained append (16 chains)", () -> sixteen.append(record())));
        out.append(latencyRow("plain INSERT, own transaction (ceiling)", this::plainInsert));
        out.append('\n');

        out.append("## Appends per second (best of two runs of ")
                .append(RUN.toSeconds())
                .append(" s, each at most ")
                .append(MAX_OPS)
                .append(" appends)\n\n");
        out.append("| writers | chains = 1 | chains = 16 | plain INSERT (ceiling) | 16 chains vs ceiling |\n");
        out.append("|---:|---:|---:|---:|---:|\n");
        for (int writers : WRITERS) {
            double single = bestOfTwo(writers, () -> one.append(record()));
            double striped = bestOfTwo(writers, () -> sixteen.append(record()));
            double ceiling = bestOfTwo(writers, this::plainInsert);
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %,.0f/s | %,.0f/s | %,.0f/s | %.0f %% |%n",
                    writers,
                    single,
                    striped,
                    ceiling,
                    100 * striped / ceiling));
        }

        long started = System.nanoTime();
        var verification = new ChainVerifier(jdbc, transactions).verify();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.append(String.format(
                Locale.ROOT,
                "%nVerification afterwards: %s, %,d entries in %d chains in %.2f s (%,.0f entries/s).%n",
                verification.intact() ? "intact" : "BROKEN " + verification.firstBrokenLink(),
                verification.entriesChecked(),
                verification.chainsChecked(),
                seconds,
                verification.entriesChecked() / seconds));
        out.append("Load average after: ").append(loadAverage()).append('\n');
        System.out.println();
        System.out.println(out);
    }

    private String latencyRow(String name, Runnable operation) {
        for (int i = 0; i < LATENCY_WARMUP; i++) {
            operation.run();
        }
        var micros = new long[LATENCY_SAMPLES];
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            long t = System.nanoTime();
            operation.run();
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(micros);
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %,d | %,d |%n",
                name,
                percentile(micros, 50),
                percentile(micros, 90),
                percentile(micros, 99),
                micros[micros.length - 1]);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The better of two runs, to damp the noise of a machine shared with other work. */
    private double bestOfTwo(int writers, Runnable operation) throws Exception {
        return Math.max(throughput(writers, operation), throughput(writers, operation));
    }

    private double throughput(int writers, Runnable operation) throws Exception {
        // a short warm-up so each run starts with warm connections and plans
        for (int i = 0; i < 200; i++) {
            operation.run();
        }
        var start = new CountDownLatch(1);
        long deadline = System.nanoTime() + RUN.toNanos();
        long perWriter = MAX_OPS / writers;
        List<Future<Long>> results = new ArrayList<>();
        long began;
        try (var pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                results.add(pool.submit(() -> {
                    start.await();
                    long done = 0;
                    while (done < perWriter && System.nanoTime() < deadline) {
                        operation.run();
                        done++;
                    }
                    return done;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            long total = 0;
            for (var result : results) {
                total += result.get(RUN.toSeconds() + 60, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            return total / seconds;
        }
    }

    private void plainInsert() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var hash = new byte[32];
            var prev = new byte[32];
            ThreadLocalRandom.current().nextBytes(hash);
            ThreadLocalRandom.current().nextBytes(prev);
            var r = record();
            jdbc.sql("""
                    INSERT INTO bench_plain_entry (id, chain_no, seq, occurred_at, actor_name, actor_kind,
                        organisation, source_address, action, subject_type, subject_id, reason, prev_hash, hash)
                    VALUES (nextval('audit_entry_id_seq'), 0, nextval('audit_entry_id_seq'), :at, :actorName,
                        :actorKind, :organisation, :source, :action, :type, :id, :reason, :prev, :hash)
                    """)
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .param("actorName", r.actor().name())
                    .param("actorKind", r.actor().kind().name())
                    .param("organisation", r.actor().organisation(), Types.VARCHAR)
                    .param("source", r.sourceAddress(), Types.VARCHAR)
                    .param("action", r.action().name())
                    .param("type", r.subject().type())
                    .param("id", r.subject().id())
                    .param("reason", r.reason(), Types.VARCHAR)
                    .param("prev", prev)
                    .param("hash", hash)
                    .update();
        });
    }

    private static AuditRecord record() {
        return new AuditRecord(
                new Actor("demo-case-manager", ActorKind.USER, "org-seoul-unit"),
                "198.51.100.23",
                AuditAction.VIEW,
                new AuditSubject("case", "STK-2026-" + UUID.randomUUID()),
                null);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
