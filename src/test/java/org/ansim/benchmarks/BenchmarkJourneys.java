package org.ansim.benchmarks;

import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import org.ansim.database.EmbeddedDatabase;

/**
 * Running journeys for the safety benchmarks, written in bulk by SQL that matches the safety module's tables (V30_1):
 * enrolled phones on the demo cases (one per ten journeys), journeys {@code RUNNING} whose deadlines are spread evenly
 * over a period, and each journey's escalation timer as the module sets it (a db-scheduler execution of
 * {@code safety-journey-escalation}, instance id = the journey's id, due at {@code escalates_at}).
 */
final class BenchmarkJourneys {

    static final String MARK = "benchmark";

    private BenchmarkJourneys() {}

    /** @return how many journeys were inserted */
    static int insertRunning(EmbeddedDatabase database, int count, Instant firstDeadline, long spreadSeconds)
            throws Exception {
        var phones = Math.max(1, count / 10);
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")) {
            connection.setAutoCommit(false);
            try (var insertPhones = connection.prepareStatement("""
                    INSERT INTO safety_phone (id, case_id, case_number, name, token_hash, enrolled_at, issued_by, version)
                    SELECT gen_random_uuid(), c.id, c.number, 'bench phone ' || g,
                           encode(sha256(gen_random_uuid()::text::bytea), 'hex'), now(), ?, 0
                      FROM generate_series(1, ?) g
                      CROSS JOIN LATERAL (SELECT id, number FROM cases_case ORDER BY number
                                           OFFSET g % (SELECT count(*) FROM cases_case) LIMIT 1) c""")) {
                insertPhones.setString(1, MARK);
                insertPhones.setInt(2, phones);
                insertPhones.executeUpdate();
            }
            try (var insertJourneys = connection.prepareStatement("""
                    INSERT INTO safety_journey (id, client_event_id, request_hash, phone_id, case_id, case_number,
                                                destination_label, started_at, expected_arrival_at, grace_seconds,
                                                first_escalates_at, escalates_at, status, retention_days, version)
                    SELECT gen_random_uuid(), gen_random_uuid(), ?, p.id, p.case_id, p.case_number, '집',
                           now(), j.at, 0, j.at, j.at, 'RUNNING', 30, 0
                      FROM (SELECT g, ?::timestamptz + (? * (g - 1)::float8 / ?) * interval '1 second' AS at
                              FROM generate_series(1, ?) g) j
                      JOIN (SELECT id, case_id, case_number, row_number() OVER (ORDER BY id) - 1 AS n
                              FROM safety_phone WHERE issued_by = ?) p ON p.n = j.g % ?""")) {
                insertJourneys.setString(1, MARK);
                insertJourneys.setTimestamp(2, Timestamp.from(firstDeadline));
                insertJourneys.setLong(3, spreadSeconds);
                insertJourneys.setInt(4, count);
                insertJourneys.setInt(5, count);
                insertJourneys.setString(6, MARK);
                insertJourneys.setInt(7, phones);
                insertJourneys.executeUpdate();
            }
            try (var insertTimers = connection.prepareStatement("""
                    INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version, priority)
                    SELECT 'safety-journey-escalation', id::text, escalates_at, false, 1, 90
                      FROM safety_journey WHERE request_hash = ?""")) {
                insertTimers.setString(1, MARK);
                var inserted = insertTimers.executeUpdate();
                connection.commit();
                try (var statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
                return inserted;
            }
        }
    }
}
