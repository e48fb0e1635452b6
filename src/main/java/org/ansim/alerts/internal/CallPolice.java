package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dispatcher or unit lead called the police (112) about an alert: the call is recorded with who and when, audited
 * and streamed; an alert still open is taken on by the caller (its ladder stops).
 */
@Service
public class CallPolice {

    private final StoredAlerts alerts;
    private final AlertActions actions;
    private final AlertTable table;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EscalationLadder ladder;

    CallPolice(
            StoredAlerts alerts,
            AlertActions actions,
            AlertTable table,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock,
            EscalationLadder ladder) {
        this.alerts = alerts;
        this.actions = actions;
        this.table = table;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.ladder = ladder;
    }

    /**
     * @throws UnknownAlert if there is no such alert
     * @throws AlertLifecycleViolation if it is closed
     * @throws IllegalArgumentException if the note is longer than {@value AlertAction#MAX_NOTE} characters
     */
    @PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
    @Transactional
    public AlertAction execute(AlertId id, @Nullable String note) {
        var alert = alerts.findLocked(id.value()).orElseThrow(() -> new UnknownAlert(id));
        var by = ActingStaff.username();
        var at = clock.instant();
        var acknowledged = alert.policeCalled(by, at, table.nextSequence());
        var action = actions.record(id, AlertAction.Kind.POLICE_CALLED, null, note, by, at);
        alerts.save(alert);
        ladder.stop(alert);
        table.notifyNodes(alert.sequence());
        acknowledged.ifPresent(event -> {
            auditLog.record(AuditAction.CHANGE, AuditSubject.of("alert", id), "acknowledged");
            events.publishEvent(event);
        });
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("alert", id), "police called");
        events.publishEvent(alert.policeCallEvent(by, at));
        return action;
    }
}
