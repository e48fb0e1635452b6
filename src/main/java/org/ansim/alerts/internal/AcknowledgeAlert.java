package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dispatcher or unit lead takes an open alert on; recorded with who and when, audited, and streamed to all. The
 * escalation ladder's next step is cancelled.
 */
@Service
public class AcknowledgeAlert {

    private final StoredAlerts alerts;
    private final AlertTable table;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EscalationLadder ladder;

    AcknowledgeAlert(
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
     * @throws AlertLifecycleViolation if it is not open
     */
    @PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
    @Transactional
    public AlertView execute(AlertId id) {
        var alert = alerts.findLocked(id.value()).orElseThrow(() -> new UnknownAlert(id));
        if (alert.status() != AlertStatus.OPEN) {
            throw new AlertLifecycleViolation(id, alert.status(), "acknowledge");
        }
        var acknowledged = alert.acknowledge(ActingStaff.username(), clock.instant(), table.nextSequence());
        alerts.save(alert);
        ladder.stop(alert);
        table.notifyNodes(alert.sequence());
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("alert", id), "acknowledged");
        events.publishEvent(acknowledged);
        return alert.view();
    }
}
