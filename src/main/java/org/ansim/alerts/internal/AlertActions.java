package org.ansim.alerts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.DispatchKind;
import org.ansim.alerts.EscalationStep;
import org.ansim.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of what was done about each alert (police calls, dispatches) and of the steps its ladder climbed. */
@Component
public class AlertActions {

    private final JdbcClient jdbc;

    AlertActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AlertAction record(
            AlertId alertId,
            AlertAction.Kind kind,
            @Nullable DispatchKind dispatchKind,
            @Nullable String note,
            String by,
            Instant at) {
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > AlertAction.MAX_NOTE) {
            throw new IllegalArgumentException("A note is at most " + AlertAction.MAX_NOTE + " characters");
        }
        var action = new AlertAction(UUID.randomUUID(), alertId, kind, dispatchKind, cleanNote, by, at);
        jdbc.sql("""
                        INSERT INTO alerts_action (id, alert_id, kind, dispatch_kind, note, recorded_by, recorded_at)
                        VALUES (:id, :alert, :kind, :dispatchKind, :note, :by, :at)""")
                .param("id", action.id())
                .param("alert", alertId.value())
                .param("kind", kind.name())
                .param("dispatchKind", dispatchKind == null ? null : dispatchKind.name())
                .param("note", cleanNote)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        return action;
    }

    /** What was done about one alert, oldest first. */
    public List<AlertAction> findFor(AlertId alertId) {
        return jdbc.sql("""
                        SELECT id, kind, dispatch_kind, note, recorded_by, recorded_at FROM alerts_action
                         WHERE alert_id = :alert ORDER BY recorded_at, id""")
                .param("alert", alertId.value())
                .query((rs, n) -> new AlertAction(
                        rs.getObject("id", UUID.class),
                        alertId,
                        AlertAction.Kind.valueOf(rs.getString("kind")),
                        rs.getString("dispatch_kind") == null
                                ? null
                                : DispatchKind.valueOf(rs.getString("dispatch_kind")),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** One step an alert's ladder climbed: when it was due, when it fired, whom it notified. */
    public record Escalation(
            EscalationStep step,
            Role notified,
            Instant dueAt,
            Instant escalatedAt,
            int intervalSeconds,
            boolean highRisk) {}

    /** The steps one alert's ladder climbed, first first. */
    public List<Escalation> findEscalationsOf(AlertId alertId) {
        return jdbc.sql("""
                        SELECT step, notified_role, due_at, escalated_at, interval_seconds, high_risk
                          FROM alerts_escalation WHERE alert_id = :alert ORDER BY escalated_at""")
                .param("alert", alertId.value())
                .query((rs, n) -> new Escalation(
                        EscalationStep.valueOf(rs.getString("step")),
                        Role.valueOf(rs.getString("notified_role")),
                        rs.getTimestamp("due_at").toInstant(),
                        rs.getTimestamp("escalated_at").toInstant(),
                        rs.getInt("interval_seconds"),
                        rs.getBoolean("high_risk")))
                .list();
    }
}
