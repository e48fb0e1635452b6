package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.EscalationStep;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step of the escalation ladder is due: if the alert is still open and this is its next step, it climbs — a new
 * stream event for every console (which re-alerts), the step recorded with when it was due, when it fired, whom it
 * notified and the interval used, audited as the system, {@code AlertEscalated} published — and the next step's timer
 * is set. The alert is locked meanwhile, so an acknowledgement at the same moment wins or loses cleanly; a second run
 * of the same step finds it climbed already and changes nothing.
 */
@Service
class ClimbEscalationStep {

    private final StoredAlerts alerts;
    private final AlertTable table;
    private final EscalationLadder ladder;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClimbEscalationStep(
            StoredAlerts alerts,
            AlertTable table,
            EscalationLadder ladder,
            JdbcClient jdbc,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.alerts = alerts;
        this.table = table;
        this.ladder = ladder;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void execute(AlertId id, EscalationStep step) {
        var found = alerts.findLocked(id.value());
        if (found.isEmpty()) {
            return;
        }
        var alert = found.get();
        if (alert.nextStep().filter(step::equals).isEmpty()) {
            return;
        }
        var now = clock.instant();
        var escalated = alert.escalate(step, now, table.nextSequence()).orElseThrow();
        alerts.save(alert);
        jdbc.sql("""
                        INSERT INTO alerts_escalation
                            (alert_id, step, notified_role, due_at, escalated_at, interval_seconds, high_risk)
                        VALUES (:alert, :step, :notified, :due, :at, :interval, :highRisk)
                        ON CONFLICT DO NOTHING""")
                .param("alert", id.value())
                .param("step", step.name())
                .param("notified", step.notified().name())
                .param("due", java.sql.Timestamp.from(escalated.dueAt()))
                .param("at", java.sql.Timestamp.from(now))
                .param("interval", alert.ladderIntervalSeconds())
                .param("highRisk", alert.ladderHighRisk())
                .update();
        table.notifyNodes(alert.sequence());
        auditLog.recordAs(
                "system:" + EscalationLadder.TASK,
                "SYSTEM",
                null,
                AuditAction.CHANGE,
                AuditSubject.of("alert", id),
                "escalated: step %d %s, notified %s, due %s, %d s interval%s"
                        .formatted(
                                step.number(),
                                step.name(),
                                step.notified().name(),
                                escalated.dueAt(),
                                alert.ladderIntervalSeconds(),
                                alert.ladderHighRisk() ? " (high risk)" : ""));
        events.publishEvent(escalated);
        var next = step.next();
        if (next != null) {
            ladder.schedule(id, next, alert.dueAt(next));
        }
    }
}
