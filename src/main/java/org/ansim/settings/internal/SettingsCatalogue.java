package org.ansim.settings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ansim.settings.PolicyValue;
import org.ansim.settings.SettingDefinition;
import org.ansim.settings.SettingKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the settings' definitions and values with plain SQL. Nothing is cached, so every node answers from the same
 * rows; the in-force lookup uses the partial index on {@code (key, valid_from DESC) WHERE NOT cancelled}.
 */
@Component
public class SettingsCatalogue {

    private static final String DEFINITION_COLUMNS =
            "d.key, d.kind, d.unit, d.min_value, d.max_value, d.module, d.description_ko, d.description_en, d.source";

    private final JdbcClient jdbc;

    SettingsCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SettingDefinition> definitions() {
        return jdbc.sql("SELECT " + DEFINITION_COLUMNS + " FROM settings_definition d ORDER BY d.module, d.key")
                .query((rs, n) -> definition(rs))
                .list();
    }

    public Optional<SettingDefinition> findDefinition(String key) {
        return jdbc.sql("SELECT " + DEFINITION_COLUMNS + " FROM settings_definition d WHERE d.key = :key")
                .param("key", key)
                .query((rs, n) -> definition(rs))
                .optional();
    }

    public SettingDefinition definition(String key) {
        return findDefinition(key).orElseThrow(() -> new UnknownSetting(key));
    }

    /** The value in force on {@code on}; empty if the setting has none yet on that day (or does not exist). */
    public Optional<PolicyValue> findInForce(String key, LocalDate on) {
        return jdbc.sql("""
                        SELECT key, value, valid_from FROM settings_value
                        WHERE key = :key AND NOT cancelled AND valid_from <= :on
                        ORDER BY valid_from DESC LIMIT 1""")
                .param("key", key)
                .param("on", on)
                .query((rs, n) -> new PolicyValue(
                        rs.getString("key"), rs.getString("value"), rs.getObject("valid_from", LocalDate.class)))
                .optional();
    }

    /** Every setting on {@code on}, ordered by module and key. */
    public List<SettingOverview> overview(LocalDate on) {
        return jdbc.sql("SELECT " + DEFINITION_COLUMNS + """
                        , cur.value AS cur_value, cur.valid_from AS cur_from,
                          nxt.value AS next_value, nxt.valid_from AS next_from
                        FROM settings_definition d
                        LEFT JOIN LATERAL (
                            SELECT v.value, v.valid_from FROM settings_value v
                            WHERE v.key = d.key AND NOT v.cancelled AND v.valid_from <= :on
                            ORDER BY v.valid_from DESC LIMIT 1) cur ON TRUE
                        LEFT JOIN LATERAL (
                            SELECT v.value, v.valid_from FROM settings_value v
                            WHERE v.key = d.key AND NOT v.cancelled AND v.valid_from > :on
                            ORDER BY v.valid_from ASC LIMIT 1) nxt ON TRUE
                        ORDER BY d.module, d.key""")
                .param("on", on)
                .query((rs, n) -> {
                    var definition = definition(rs);
                    return new SettingOverview(
                            definition,
                            on,
                            value(definition.key(), rs, "cur_value", "cur_from"),
                            value(definition.key(), rs, "next_value", "next_from"));
                })
                .list();
    }

    /** The setting on {@code on}. */
    public SettingOverview overview(String key, LocalDate on) {
        var definition = definition(key);
        var next = jdbc.sql("""
                        SELECT key, value, valid_from FROM settings_value
                        WHERE key = :key AND NOT cancelled AND valid_from > :on
                        ORDER BY valid_from ASC LIMIT 1""")
                .param("key", key)
                .param("on", on)
                .query((rs, n) -> value(key, rs, "value", "valid_from"))
                .optional();
        return new SettingOverview(definition, on, findInForce(key, on).orElse(null), next.orElse(null));
    }

    /** Every value the setting has had or will have, latest first (by first day, then by recording). */
    public List<SettingValueRecord> history(String key) {
        return jdbc.sql("SELECT * FROM settings_value WHERE key = :key ORDER BY valid_from DESC, id DESC")
                .param("key", key)
                .query((rs, n) -> record(rs))
                .list();
    }

    public Optional<SettingValueRecord> findRecord(long id) {
        return jdbc.sql("SELECT * FROM settings_value WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> record(rs))
                .optional();
    }

    /** Whether a live (not cancelled) value of the setting starts on {@code day}. */
    boolean hasLiveValueFrom(String key, LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM settings_value WHERE key = :key AND valid_from = :day AND NOT cancelled")
                        .param("key", key)
                        .param("day", day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static @Nullable PolicyValue value(String key, ResultSet rs, String valueColumn, String fromColumn)
            throws SQLException {
        var value = rs.getString(valueColumn);
        return value == null ? null : new PolicyValue(key, value, rs.getObject(fromColumn, LocalDate.class));
    }

    private static SettingDefinition definition(ResultSet rs) throws SQLException {
        return new SettingDefinition(
                rs.getString("key"),
                SettingKind.valueOf(rs.getString("kind")),
                rs.getString("unit"),
                rs.getObject("min_value", Long.class),
                rs.getObject("max_value", Long.class),
                rs.getString("module"),
                rs.getString("description_ko"),
                rs.getString("description_en"),
                rs.getString("source"));
    }

    private static SettingValueRecord record(ResultSet rs) throws SQLException {
        var cancelledAt = rs.getObject("cancelled_at", OffsetDateTime.class);
        return new SettingValueRecord(
                rs.getLong("id"),
                rs.getString("key"),
                rs.getString("value"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"),
                rs.getString("reason"),
                rs.getBoolean("cancelled"),
                cancelledAt == null ? null : cancelledAt.toInstant(),
                rs.getString("cancelled_by"),
                rs.getString("cancel_reason"));
    }
}
