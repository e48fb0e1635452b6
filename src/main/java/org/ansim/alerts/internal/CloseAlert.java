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

/** A dispatcher or unit lead closes an alert with its outcome; recorded with who and when, audited, streamed. */
@Service
public class CloseAlert {

    private final StoredAlerts alerts;
    private final AlertTable table;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CloseAlert(
            StoredAlerts alerts, AlertTable table, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.table = table;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws UnknownAlert if there is no such alert
     * @throws AlertLifecycleViolation if it is closed already
     * @throws IllegalArgumentException if the outcome is blank or too long
     */
    @PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
    @Transactional
    public AlertView execute(AlertId id, String outcome) {
        var alert = alerts.findById(id.value()).orElseThrow(() -> new UnknownAlert(id));
        if (alert.status() == AlertStatus.CLOSED) {
            throw new AlertLifecycleViolation(id, alert.status(), "close");
        }
        var closed = alert.close(ActingStaff.username(), clock.instant(), outcome, table.nextSequence());
        alerts.save(alert);
        table.notifyNodes(alert.sequence());
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("alert", id), "closed");
        events.publishEvent(closed);
        return alert.view();
    }
}
