package org.ansim.services;

import java.time.LocalDate;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For money tests: a services setting given a value for today only while the test runs, then cancelled. */
public final class MoneySettings implements AutoCloseable {

    static final String REASON = "money test";

    private final JdbcClient jdbc;

    private MoneySettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static MoneySettings set(JdbcClient jdbc, String key, long value) {
        var settings = new MoneySettings(jdbc);
        settings.close();
        jdbc.sql("""
                        INSERT INTO settings_value (key, value, valid_from, recorded_by, reason)
                        VALUES (:key, :value, :today, 'test', :reason)""")
                .param("key", key)
                .param("value", Long.toString(value))
                .param("today", LocalDate.now(PolicySettings.ZONE))
                .param("reason", REASON)
                .update();
        return settings;
    }

    /** What the year's medical-fee claims already hold of the budget (approved and waiting). */
    public static long medicalFeesUsed(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(amount_won), 0) FROM services_claim WHERE kind = 'MEDICAL_FEES'
                           AND budget_year = ? AND state IN ('APPROVED', 'PENDING_APPROVAL')""")
                .param(LocalDate.now(PolicySettings.ZONE).getYear())
                .query(Long.class)
                .single();
    }

    @Override
    public void close() {
        jdbc.sql("UPDATE settings_value SET cancelled = TRUE, cancelled_at = now(), cancelled_by = 'test',"
                        + " cancel_reason = 'test over'"
                        + " WHERE recorded_by = 'test' AND reason = :reason AND NOT cancelled")
                .param("reason", REASON)
                .update();
    }
}
