package org.ansim.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.conference.internal.AgendaCriteria;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.risk.CaseRisk;
import org.ansim.risk.RiskLevel;
import org.ansim.risk.RiskRegister;
import org.ansim.settings.PolicySettings;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load generator for the conference agenda (not a test): builds the agenda of a meeting by the rules over 100,000
 * cases and 1,000,000 incidents (target ≤ 1 s), through {@link AgendaCriteria} as the application does (the rules'
 * SQL, the reasons per case, the risk register's 2,000 flagged cases merged in), and next to it the same SQL in plain
 * JDBC that only reads the rows.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.ConferenceAgendaBenchmark
 * </pre>
 *
 * Runs on a fresh embedded PostgreSQL 18 under {@code target/benchmark-data} with Flyway's schema only (no Spring
 * context). Sizes: {@code -Dbench.cases} (default 100000), {@code -Dbench.incidents} (default 1000000),
 * {@code -Dbench.runs} (default 10, after 3 warm-up runs).
 */
public final class ConferenceAgendaBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 100_000);
    private static final int INCIDENTS = Integer.getInteger("bench.incidents", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final int FLAGGED = 2_000;

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.forDirectory(Path.of("target/benchmark-data"), true);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(4);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            run(dataSource);
        } finally {
            dataSource.close();
            database.stop();
        }
    }

    private static void run(HikariDataSource dataSource) throws Exception {
        var jdbc = JdbcClient.create(dataSource);
        var asOf = Instant.now();
        var started = System.nanoTime();
        seed(jdbc, asOf);
        System.out.printf(
                Locale.ROOT,
                "seeded %,d cases and %,d incidents in %.1f s%n",
                CASES,
                INCIDENTS,
                (System.nanoTime() - started) / 1e9);

        List<CaseRisk> flagged = jdbc
                .sql("SELECT case_id FROM conference_case ORDER BY case_id LIMIT :n")
                .param("n", FLAGGED)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> new CaseRisk(new CaseId(id), RiskLevel.HIGH, id.hashCode() % 3 == 0, asOf))
                .toList();
        RiskRegister risks = new RiskRegister() {
            @Override
            public Optional<CaseRisk> findLatest(CaseId caseId) {
                return Optional.empty();
            }

            @Override
            public List<CaseRisk> highOrRaisedOnJudgement() {
                return flagged;
            }
        };
        var settings = (PolicySettings) Proxy.newProxyInstance(
                PolicySettings.class.getClassLoader(), new Class<?>[] {PolicySettings.class}, (proxy, method, a) -> {
                    throw new UnsupportedOperationException("the benchmark gives the thresholds");
                });
        var criteria = new AgendaCriteria(jdbc, risks, settings);
        var thresholds = new AgendaCriteria.Thresholds(3, 12);

        var ansim = new ArrayList<Double>();
        var plain = new ArrayList<Double>();
        int ansimItems = 0;
        int plainRows = 0;
        for (int i = 0; i < 3 + RUNS; i++) {
            var t0 = System.nanoTime();
            ansimItems = criteria.evaluate(asOf, thresholds).size();
            var t1 = System.nanoTime();
            plainRows = plainSql(dataSource, asOf);
            var t2 = System.nanoTime();
            if (i >= 3) {
                ansim.add((t1 - t0) / 1e6);
                plain.add((t2 - t1) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "agenda (AgendaCriteria): %d items; %s%n", ansimItems, stats(ansim));
        System.out.printf(Locale.ROOT, "same SQL, plain JDBC:    %d rows;  %s%n", plainRows, stats(plain));
        // The rules straight from the incidents (the query before V42_2's summary), timed once, and whether it puts
        // exactly the same cases on the agenda.
        var t0 = System.nanoTime();
        var reference = new java.util.HashSet<>(jdbc.sql(FROM_INCIDENTS_SQL)
                .param("asOf", Timestamp.from(asOf))
                .param("window", 12)
                .param("threshold", 3)
                .query(UUID.class)
                .list());
        var referenceMs = (System.nanoTime() - t0) / 1e6;
        var fromSummary = new java.util.HashSet<>(jdbc.sql(AgendaCriteria.RULES_SQL)
                .param("asOf", Timestamp.from(asOf))
                .param("window", 12)
                .param("threshold", 3)
                .query((rs, n) -> rs.getObject("case_id", UUID.class))
                .list());
        System.out.printf(
                Locale.ROOT,
                "from the incidents (no summary): %d cases in %.0f ms; same cases as the summary's: %s%n",
                reference.size(),
                referenceMs,
                reference.equals(fromSummary) ? "yes" : "NO (" + fromSummary.size() + " from the summary)");
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + positional())) {
            bind(statement, asOf);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }

    /** The rules over the incidents themselves, as before the per-case summary: the reference for the summary's. */
    private static final String FROM_INCIDENTS_SQL = """
            WITH recent AS (
                SELECT case_id FROM conference_incident
                 WHERE withdrawn_at IS NULL
                   AND occurred_at >  CAST(:asOf AS timestamptz) - make_interval(months => :window)
                   AND occurred_at <= CAST(:asOf AS timestamptz)
                 GROUP BY case_id HAVING count(*) >= :threshold
            ), repeat AS (
                SELECT c.case_id FROM conference_case c
                 WHERE c.last_conference_at IS NOT NULL
                   AND EXISTS (SELECT 1 FROM conference_incident i
                                WHERE i.case_id = c.case_id AND i.withdrawn_at IS NULL
                                  AND i.occurred_at >  c.last_conference_at
                                  AND i.occurred_at <= c.last_conference_at + make_interval(months => :window)
                                  AND i.occurred_at <= CAST(:asOf AS timestamptz))
            )
            SELECT case_id FROM recent UNION SELECT case_id FROM repeat
            UNION SELECT case_id FROM conference_case
             WHERE police_risk_level = 'HIGH' AND status NOT IN ('POST_MANAGEMENT', 'CLOSED')""";

    /** Cases: 10% rated HIGH by the police, a third conferenced in the last two years; incidents over three years. */
    private static void seed(JdbcClient jdbc, Instant asOf) {
        // A bulk load: the per-row triggers that keep each case's incident summary (V42_2) are off while it runs, and
        // the summaries are then computed once per case with the triggers' own functions, as V42_2's backfill does.
        jdbc.sql("ALTER TABLE conference_case DISABLE TRIGGER USER").update();
        jdbc.sql("ALTER TABLE conference_incident DISABLE TRIGGER USER").update();
        jdbc.sql("""
                        INSERT INTO conference_case (case_id, case_number, police_risk_level, status, last_conference_at)
                        SELECT gen_random_uuid(), 'STK-2026-' || lpad(n::text, 6, '0'),
                               CASE WHEN n % 10 = 0 THEN 'HIGH' WHEN n % 3 = 0 THEN 'MEDIUM' ELSE 'LOW' END,
                               CASE WHEN n % 7 = 0 THEN 'CLOSED' ELSE 'ACTIVE' END,
                               CASE WHEN n % 3 = 0 THEN CAST(:asOf AS timestamptz) - (random() * interval '730 days') END
                          FROM generate_series(1, :cases) AS n""").param("asOf", Timestamp.from(asOf)).param("cases", CASES).update();
        jdbc.sql("""
                        WITH ids AS (SELECT array_agg(case_id) AS a FROM conference_case)
                        INSERT INTO conference_incident (id, case_id, occurred_at, kind, source, source_key, recorded_by, recorded_at)
                        SELECT gen_random_uuid(), ids.a[1 + floor(power(random(), 2) * :cases)::int],
                               CAST(:asOf AS timestamptz) - (random() * interval '1095 days'),
                               'STAFF_RECORDED', 'bench', 'bench:' || n, 'bench', now()
                          FROM ids, generate_series(1, :incidents) AS n""")
                .param("asOf", Timestamp.from(asOf))
                .param("cases", CASES)
                .param("incidents", INCIDENTS)
                .update();
        jdbc.sql("ALTER TABLE conference_case ENABLE TRIGGER USER").update();
        jdbc.sql("ALTER TABLE conference_incident ENABLE TRIGGER USER").update();
        jdbc.sql("""
                        UPDATE conference_case
                           SET latest_incidents = conference_latest_incidents(case_id),
                               first_incident_after_conference =
                                   conference_first_incident_after(case_id, last_conference_at)""").update();
        jdbc.sql("VACUUM ANALYZE conference_case").update();
        jdbc.sql("VACUUM ANALYZE conference_incident").update();
    }

    private static int plainSql(HikariDataSource dataSource, Instant asOf) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(positional())) {
            bind(statement, asOf);
            int rows = 0;
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                    rs.getString(2);
                    rows++;
                }
            }
            return rows;
        }
    }

    private static String positional() {
        return AgendaCriteria.RULES_SQL
                .replace(":asOf", "?")
                .replace(":window", "?")
                .replace(":threshold", "?");
    }

    /** The parameters in the order they appear in the SQL. */
    private static void bind(java.sql.PreparedStatement statement, Instant asOf) throws Exception {
        var sql = AgendaCriteria.RULES_SQL;
        int index = 1;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) != ':' || (i > 0 && sql.charAt(i - 1) == ':')) {
                continue;
            }
            if (sql.startsWith(":asOf", i)) {
                statement.setTimestamp(index++, Timestamp.from(asOf));
            } else if (sql.startsWith(":window", i)) {
                statement.setInt(index++, 12);
            } else if (sql.startsWith(":threshold", i)) {
                statement.setInt(index++, 3);
            }
        }
    }

    private static String stats(List<Double> millis) {
        var sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "median %.0f ms, p90 %.0f ms, max %.0f ms over %d runs",
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.9))),
                sorted.get(sorted.size() - 1),
                sorted.size());
    }

    private ConferenceAgendaBenchmark() {}
}
