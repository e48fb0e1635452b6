package org.ansim.alerts;

import java.time.LocalDate;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For escalation tests: the ladder's intervals set for today only while the test runs, then cancelled (the values
 * are read anew on every raise; alerts raised meanwhile keep the interval they were raised with).
 */
final class LadderSettings implements AutoCloseable {

    static final String INTERVAL = "alerts.acknowledge-within";
    static final String HIGH_RISK = "alerts.acknowledge-within-high-risk";

    private final JdbcClient jdbc;

    private LadderSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static LadderSettings set(JdbcClient jdbc, long seconds, long highRiskSeconds) {
        var settings = new LadderSettings(jdbc);
        settings.close();
        settings.insert(INTERVAL, seconds);
        settings.insert(HIGH_RISK, highRiskSeconds);
        return settings;
    }

    private void insert(String key, long seconds) {
        jdbc.sql("""
                        INSERT INTO settings_value (key, value, valid_from, recorded_by, reason)
                        VALUES (:key, :value, :today, 'test', 'escalation test')""")
                .param("key", key)
                .param("value", Long.toString(seconds))
                .param("today", LocalDate.now(PolicySettings.ZONE))
                .update();
    }

    @Override
    public void close() {
        jdbc.sql("UPDATE settings_value SET cancelled = TRUE, cancelled_at = now(), cancelled_by = 'test',"
                        + " cancel_reason = 'test over'"
                        + " WHERE recorded_by = 'test' AND reason = 'escalation test' AND NOT cancelled")
                .update();
    }
}
