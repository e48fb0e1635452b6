package org.ansim.settings.internal;

import java.time.LocalDate;
import org.ansim.settings.internal.SettingChangeProposal.AcceptedChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends values to a setting's history and flags a future one as cancelled; nothing else is ever written. */
@Component
class SettingValues {

    private final JdbcClient jdbc;

    SettingValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long append(AcceptedChange change, String recordedBy) {
        return jdbc.sql("""
                        INSERT INTO settings_value (key, value, valid_from, recorded_by, reason)
                        VALUES (:key, :value, :validFrom, :recordedBy, :reason) RETURNING id""")
                .param("key", change.key())
                .param("value", change.value())
                .param("validFrom", change.validFrom())
                .param("recordedBy", recordedBy)
                .param("reason", change.reason())
                .query(Long.class)
                .single();
    }

    /** Flags the change as cancelled if it is still live and starts after {@code today}; false otherwise. */
    boolean cancel(String key, long id, LocalDate today, String cancelledBy, String reason) {
        return jdbc.sql("""
                        UPDATE settings_value
                        SET cancelled = TRUE, cancelled_at = now(), cancelled_by = :by, cancel_reason = :reason
                        WHERE id = :id AND key = :key AND NOT cancelled AND valid_from > :today""")
                        .param("by", cancelledBy)
                        .param("reason", reason)
                        .param("id", id)
                        .param("key", key)
                        .param("today", today)
                        .update()
                == 1;
    }
}
