package org.ansim.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertPriority;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.EscalationStep;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alert table beside the aggregate: the stream sequence, the cross-node notification, the advisory lock that
 * makes raising idempotent under concurrency, and the read model the stream and the list are built from.
 */
@Component
public class AlertTable {

    /** The PostgreSQL channel every node LISTENs on; the payload is the changed alert's sequence. */
    public static final String CHANNEL = "ansim_alerts";

    static final int MAX_REPLAY = 1_000;
    static final int MAX_LIST = 200;

    private static final String COLUMNS = "id, kind, case_number, summary, priority, silent, status, sequence,"
            + " raised_at, acknowledged_at, acknowledged_by, closed_at, closed_by, outcome, outcome_note, escalation_step";

    private final JdbcClient jdbc;

    AlertTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next value of the cluster-wide alert sequence. */
    long nextSequence() {
        return jdbc.sql("SELECT nextval('alerts_alert_sequence')")
                .query(Long.class)
                .single();
    }

    /**
     * Holds, until the current transaction ends, the lock for one source key, so that two concurrent raises with the
     * same key are serialised and the second sees the first's alert.
     */
    void lockSourceKey(String sourceKey) {
        jdbc.sql("SELECT pg_advisory_xact_lock(20, hashtext(:key))")
                .param("key", sourceKey)
                .query()
                .singleValue();
    }

    /** Tells every node's listener about a change; PostgreSQL delivers it only when the transaction commits. */
    void notifyNodes(long sequence) {
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", Long.toString(sequence))
                .query()
                .singleValue();
    }

    /** The alerts whose latest change has one of these sequences (a change superseded since is not found). */
    public List<AlertView> findBySequences(Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts_alert WHERE sequence = ANY(:sequences) ORDER BY sequence")
                .param("sequences", sequences.toArray(Long[]::new))
                .query(AlertTable::view)
                .list();
    }

    /** The latest state of every alert changed after {@code sequence}, oldest change first, at most 1,000. */
    public List<AlertView> findChangedAfter(long sequence) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts_alert WHERE sequence > :after ORDER BY sequence LIMIT :max")
                .param("after", sequence)
                .param("max", MAX_REPLAY)
                .query(AlertTable::view)
                .list();
    }

    /** The newest alerts (by when they were raised), optionally in one status only, at most 200. */
    public List<AlertView> findNewestFirst(Optional<AlertStatus> status) {
        var sql = "SELECT " + COLUMNS + " FROM alerts_alert"
                + (status.isPresent() ? " WHERE status = :status" : "")
                + " ORDER BY raised_at DESC, sequence DESC LIMIT :max";
        var statement = jdbc.sql(sql).param("max", MAX_LIST);
        if (status.isPresent()) {
            statement = statement.param("status", status.get().name());
        }
        return statement.query(AlertTable::view).list();
    }

    /** The alert in its latest state. */
    public Optional<AlertView> findById(AlertId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts_alert WHERE id = :id")
                .param("id", id.value())
                .query(AlertTable::view)
                .optional();
    }

    /** The newest alerts of one kind in one status (by when they were raised), at most 200. */
    public List<AlertView> findNewestFirst(AlertKind kind, AlertStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts_alert WHERE kind = :kind AND status = :status"
                        + " ORDER BY raised_at DESC, sequence DESC LIMIT :max")
                .param("kind", kind.name())
                .param("status", status.name())
                .param("max", MAX_LIST)
                .query(AlertTable::view)
                .list();
    }

    /** The highest sequence any alert has now, 0 when there is none. */
    public long latestSequence() {
        return jdbc.sql("SELECT coalesce(max(sequence), 0) FROM alerts_alert")
                .query(Long.class)
                .single();
    }

    private static AlertView view(ResultSet rs, int row) throws SQLException {
        return new AlertView(
                new AlertId(rs.getObject("id", UUID.class)),
                AlertKind.valueOf(rs.getString("kind")),
                rs.getString("case_number"),
                rs.getString("summary"),
                AlertPriority.valueOf(rs.getString("priority")),
                rs.getBoolean("silent"),
                AlertStatus.valueOf(rs.getString("status")),
                rs.getLong("sequence"),
                instant(rs.getTimestamp("raised_at")),
                instantOrNull(rs.getTimestamp("acknowledged_at")),
                rs.getString("acknowledged_by"),
                instantOrNull(rs.getTimestamp("closed_at")),
                rs.getString("closed_by"),
                rs.getString("outcome"),
                rs.getString("outcome_note"),
                escalationStep(rs.getString("escalation_step")));
    }

    private static @Nullable EscalationStep escalationStep(@Nullable String name) {
        return name == null ? null : EscalationStep.valueOf(name);
    }

    /**
     * What the dispatcher console lists: every alert not yet closed except referrals (they have the inbox), the urgent
     * ones first, then the newest; at most 200.
     */
    public List<AlertView> findOpenForConsole() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts_alert WHERE status <> 'CLOSED' AND kind <> 'REFERRAL'"
                        + " ORDER BY CASE priority WHEN 'HIGH' THEN 0 ELSE 1 END, raised_at DESC, sequence DESC"
                        + " LIMIT :max")
                .param("max", MAX_LIST)
                .query(AlertTable::view)
                .list();
    }

    /** How many alerts the console would list if it had no limit. */
    public long countOpenForConsole() {
        return jdbc.sql("SELECT count(*) FROM alerts_alert WHERE status <> 'CLOSED' AND kind <> 'REFERRAL'")
                .query(Long.class)
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
