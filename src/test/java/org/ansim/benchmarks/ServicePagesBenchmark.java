package org.ansim.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.ansim.AnsimApplication;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.support.StaffSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load generator for the one-stop pages (not a test): the provider inbox and a case's service plan, page and API,
 * with {@code -Dbench.cases} (default 100,000) cases and {@code -Dbench.referrals} (default 500,000) referrals loaded
 * with SQL ({@code generate_series}), each next to the same read model's SQL run over bare JDBC in the same run.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.ServicePagesBenchmark
 * </pre>
 *
 * One Ansim node (demo mode, for {@code demo-provider} and {@code demo-case-manager}) on a fresh embedded PostgreSQL 18
 * under {@code target/benchmark-services}. The data: every case has a plan with five services and one referral for
 * each (so referrals = 5 × cases); one counselling referral in five goes to {@code demo-provider}'s counselling centre
 * (20,000 in its inbox at the defaults), the rest to 50 other organisations; every counselling referral has two
 * sessions. A quarter of the cases belong to {@code demo-case-manager}. Requests are sent one at a time ({@code
 * -Dbench.requests}, default 300, after {@code -Dbench.warmup}, default 100) on localhost: the time measured is the
 * server's time plus one loopback round trip.
 */
public final class ServicePagesBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 100_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 300);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final String CENTRE = "마음숲 심리상담센터";

    private ServicePagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.forDirectory(Path.of("target/benchmark-services"), true);
        try (var node = node(database)) {
            var port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            UUID centre;
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")) {
                centre = organisation(connection, CENTRE);
                var began = System.nanoTime();
                load(connection, centre);
                System.out.printf(
                        Locale.ROOT,
                        "Loaded %,d cases, %,d referrals, %,d sessions in %.1f s%n",
                        count(connection, "SELECT count(*) FROM cases_case"),
                        count(connection, "SELECT count(*) FROM services_referral"),
                        count(connection, "SELECT count(*) FROM services_session"),
                        (System.nanoTime() - began) / 1e9);
                System.out.printf(
                        Locale.ROOT,
                        "demo-provider's inbox: %,d referrals%n",
                        count(
                                connection,
                                "SELECT count(*) FROM services_referral WHERE organisation_id = '" + centre + "'"));
            }
            var provider = StaffSession.signedIn(port, "demo-provider", "demo-password");
            var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
            List<String> managed;
            List<UUID> managedIds;
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")) {
                managed = strings(
                        connection,
                        "SELECT number FROM cases_case WHERE case_manager = 'demo-case-manager'"
                                + " AND number LIKE 'STK-2019-%' ORDER BY number");
                managedIds = new ArrayList<>();
                for (var id : strings(
                        connection,
                        "SELECT id::text FROM cases_case WHERE case_manager = 'demo-case-manager'"
                                + " AND number LIKE 'STK-2019-%' ORDER BY number")) {
                    managedIds.add(UUID.fromString(id));
                }
            }
            var random = new Random(7);

            for (int i = 0; i < WARMUP; i++) {
                http(provider, "/service-referrals");
                http(provider, "/api/v1/service-referrals");
                http(manager, "/cases/" + managed.get(random.nextInt(managed.size())) + "/services");
                http(manager, "/api/v1/cases/" + managed.get(random.nextInt(managed.size())) + "/service-plan");
            }
            var homePage = new long[REQUESTS];
            var meApi = new long[REQUESTS];
            var inboxPage = new long[REQUESTS];
            var inboxApi = new long[REQUESTS];
            var planPage = new long[REQUESTS];
            var planApi = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                homePage[i] = http(provider, "/");
                meApi[i] = http(provider, "/api/v1/me");
                inboxPage[i] = http(provider, "/service-referrals");
                inboxApi[i] = http(provider, "/api/v1/service-referrals");
                planPage[i] = http(manager, "/cases/" + managed.get(random.nextInt(managed.size())) + "/services");
                planApi[i] =
                        http(manager, "/api/v1/cases/" + managed.get(random.nextInt(managed.size())) + "/service-plan");
            }
            long[] inboxSql;
            long[] inboxPageSql;
            long[] planSql;
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")) {
                for (int i = 0; i < WARMUP; i++) {
                    inboxSql(connection, centre, 500);
                    inboxSql(connection, centre, 51);
                    planSql(connection, managedIds.get(random.nextInt(managedIds.size())));
                }
                inboxSql = new long[REQUESTS];
                inboxPageSql = new long[REQUESTS];
                planSql = new long[REQUESTS];
                for (int i = 0; i < REQUESTS; i++) {
                    inboxSql[i] = inboxSql(connection, centre, 500);
                    inboxPageSql[i] = inboxSql(connection, centre, 51);
                    planSql[i] = planSql(connection, managedIds.get(random.nextInt(managedIds.size())));
                }
            }

            System.out.println();
            System.out.printf(Locale.ROOT, "%d requests each, one at a time, after %d warm-up%n", REQUESTS, WARMUP);
            System.out.printf(Locale.ROOT, "%-64s %8s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "p99 ms", "max ms");
            row("floor: GET / (the provider's home page, no query of this issue)", homePage);
            row("floor: GET /api/v1/me", meApi);
            row("GET /service-referrals (inbox page: 50 newest)", inboxPage);
            row("SQL: the inbox page's query (51 rows) over bare JDBC", inboxPageSql);
            row("GET /api/v1/service-referrals (inbox API: 500 newest)", inboxApi);
            row("SQL: the inbox API's query (500 rows) over bare JDBC", inboxSql);
            row("GET /cases/{n}/services (plan page)", planPage);
            row("GET /api/v1/cases/{n}/service-plan (plan API)", planApi);
            row("SQL: the plan's five queries over bare JDBC", planSql);
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
                        "--ansim.data-dir=target/benchmark-services",
                        "--logging.level.root=WARN");
    }

    /** Bulk load with generate_series: cases, plans, services, referrals, counselling sessions. */
    private static void load(Connection connection, UUID centre) throws SQLException {
        if (count(connection, "SELECT count(*) FROM cases_case WHERE number LIKE 'STK-2019-%'") > 0) {
            return;
        }
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO cases_case (id, number, status, status_changed_at, channel, received_at, opened_at,
                                            district, case_manager, assigned_by, assigned_at, first_contact_due,
                                            first_contact_working_days, first_contacted_at)
                    SELECT md5('bench-case-' || i)::uuid, 'STK-2019-' || lpad(i::text, 6, '0'), 'ACTIVE',
                           now() - (i %% 700) * interval '1 day', 'POLICE_REFERRAL',
                           now() - (i %% 700) * interval '1 day', now() - (i %% 700) * interval '1 day', '마포구',
                           CASE i %% 4 WHEN 0 THEN 'demo-case-manager' WHEN 1 THEN 'demo-case-manager-park'
                                      ELSE 'demo-case-manager-lee' END,
                           'demo-unit-lead', now() - (i %% 700) * interval '1 day', current_date, 2,
                           now() - (i %% 700) * interval '1 day'
                      FROM generate_series(1, %d) i""".formatted(CASES));
            statement.execute("""
                    INSERT INTO services_plan (case_id, case_number, opened_at, opened_through)
                    SELECT id, number, opened_at, 'POLICE_REFERRAL' FROM cases_case WHERE number LIKE 'STK-2019-%'""");
            statement.execute("""
                    INSERT INTO services_service (id, case_id, kind, state, wanted_at, wanted_through,
                                                  state_changed_at, state_changed_by)
                    SELECT md5('bench-service-' || c.id || k.kind)::uuid, c.id, k.kind, 'IN_PROGRESS', c.opened_at,
                           'POLICE_REFERRAL', c.opened_at, 'demo-case-manager'
                      FROM cases_case c
                     CROSS JOIN unnest(ARRAY['COUNSELLING','LEGAL','MEDICAL_FEES','HOME_THERAPY','ACCOMPANIMENT'])
                           AS k(kind)
                     WHERE c.number LIKE 'STK-2019-%'""");
            statement.execute("""
                    INSERT INTO services_referral (id, case_id, case_number, service_id, kind, organisation_id, alias,
                                                   need_sealed, contact_through, sent_at, sent_by, first_contact_due,
                                                   first_contact_working_days, first_contacted_at, state,
                                                   state_changed_at, accepted_at, accepted_by)
                    SELECT md5('bench-referral-' || s.id)::uuid, s.case_id, c.number, s.id, s.kind,
                           CASE WHEN s.kind = 'COUNSELLING' AND hashtext(s.id::text) %% 5 = 0 THEN '%s'::uuid
                                ELSE md5('bench-organisation-' || abs(hashtext(s.id::text)) %% 50)::uuid END,
                           '내담자-' || substr(s.id::text, 1, 4), '\\x00'::bytea, '정유나 사례관리자',
                           c.opened_at + interval '1 hour', 'demo-case-manager', (c.opened_at + interval '3 days')::date,
                           2, c.opened_at + interval '1 day', 'ACCEPTED', c.opened_at + interval '1 day',
                           c.opened_at + interval '1 day', 'demo-provider'
                      FROM services_service s JOIN cases_case c ON c.id = s.case_id
                     WHERE c.number LIKE 'STK-2019-%%'""".formatted(centre));
            statement.execute("""
                    INSERT INTO services_session (id, referral_id, case_id, kind, held_on, minutes, session_kind,
                                                  note_sealed, recorded_by, recorded_at, limit_in_force)
                    SELECT md5('bench-session-' || r.id || n)::uuid, r.id, r.case_id, r.kind,
                           (r.sent_at + n * interval '7 days')::date, 50, 'IN_PERSON', '\\x00'::bytea,
                           'demo-provider', r.sent_at + n * interval '7 days', 10
                      FROM services_referral r CROSS JOIN generate_series(1, 2) n
                     WHERE r.kind = 'COUNSELLING' AND r.case_number LIKE 'STK-2019-%'""");
            connection.commit();
            statement.execute("ANALYZE");
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long http(StaffSession session, String path) {
        var began = System.nanoTime();
        var response = path.startsWith("/api/") ? session.getJson(path) : session.get(path);
        var took = System.nanoTime() - began;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return took;
    }

    /** The inbox read model's query (ServiceQueries.inboxOf), all rows read. */
    private static long inboxSql(Connection connection, UUID organisation, int limit) throws SQLException {
        var began = System.nanoTime();
        try (var query = connection.prepareStatement("""
                SELECT r.id, r.kind, r.state, r.alias, r.sent_at, r.first_contact_due, r.first_contacted_at,
                       r.suspended_at, r.suspension_cause,
                       (SELECT COUNT(*) FROM services_session s WHERE s.referral_id = r.id) AS sessions
                  FROM services_referral r WHERE r.organisation_id = ?
                 ORDER BY r.sent_at DESC, r.id OFFSET 0 LIMIT ?""")) {
            query.setObject(1, organisation);
            query.setInt(2, limit);
            drain(query);
        }
        return System.nanoTime() - began;
    }

    /** The plan read model's queries (ServiceQueries.planOf and CounsellingAllowance.of), all rows read. */
    private static long planSql(Connection connection, UUID caseId) throws SQLException {
        var began = System.nanoTime();
        for (var sql : List.of(
                """
                SELECT r.*, (SELECT COUNT(*) FROM services_session s WHERE s.referral_id = r.id) AS sessions
                  FROM services_referral r WHERE r.case_id = ? ORDER BY r.sent_at""",
                """
                SELECT id, kind, state, state_changed_at, state_changed_by, victim_reason
                  FROM services_service WHERE case_id = ? ORDER BY wanted_at, kind""",
                """
                SELECT additional_sessions, reason, base_limit, limit_after, approved_by, approved_at
                  FROM services_session_extension WHERE case_id = ? ORDER BY approved_at""",
                "SELECT COALESCE(SUM(additional_sessions), 0) FROM services_session_extension WHERE case_id = ?",
                "SELECT COUNT(*) FROM services_session WHERE case_id = ? AND kind = 'COUNSELLING'")) {
            try (var query = connection.prepareStatement(sql)) {
                query.setObject(1, caseId);
                drain(query);
            }
        }
        return System.nanoTime() - began;
    }

    private static void drain(java.sql.PreparedStatement query) throws SQLException {
        try (var rows = query.executeQuery()) {
            var columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
            }
        }
    }

    private static UUID organisation(Connection connection, String name) throws SQLException {
        try (var query = connection.prepareStatement("SELECT id FROM identity_organisation WHERE name = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void row(String label, long[] latencies) {
        var sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-64s %8.2f %8.2f %8.2f %8.2f%n",
                label,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
