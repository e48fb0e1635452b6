package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertOutcome;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A dispatcher or unit lead closes an alert with its outcome; recorded with who and when, audited, streamed. */
@Service
public class CloseAlert {

    private final StoredAlerts alerts;
    private final AlertTable table;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EscalationLadder ladder;

    CloseAlert(
            StoredAlerts alerts,
            AlertTable table,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock,
            EscalationLadder ladder) {
        this.alerts = alerts;
        this.ladder = ladder;
        this.table = table;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws UnknownAlert if there is no such alert
     * @throws AlertLifecycleViolation if it is closed already
     * @throws IllegalArgumentException if the note is too long, or missing for {@link AlertOutcome#OTHER}
     */
    @PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
    @Transactional
    public AlertView execute(AlertId id, AlertOutcome outcome, @Nullable String note) {
        var alert = alerts.findLocked(id.value()).orElseThrow(() -> new UnknownAlert(id));
        if (alert.status() == AlertStatus.CLOSED) {
            throw new AlertLifecycleViolation(id, alert.status(), "close");
        }
        var closed = alert.close(ActingStaff.username(), clock.instant(), outcome, note, table.nextSequence());
        alerts.save(alert);
        ladder.stop(alert);
        table.notifyNodes(alert.sequence());
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("alert", id), "closed: " + outcome.name());
        events.publishEvent(closed);
        return alert.view();
    }
}
