package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.DispatchKind;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dispatcher or unit lead sends a guard or a companion for an alert: recorded with who and when, audited, streamed,
 * and announced as {@code AlertDispatched} (the victim's phone then says help is on the way); an alert still open is
 * taken on by the dispatcher (its ladder stops).
 */
@Service
public class DispatchHelp {

    private final StoredAlerts alerts;
    private final AlertActions actions;
    private final AlertTable table;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EscalationLadder ladder;

    DispatchHelp(
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
    public AlertAction execute(AlertId id, DispatchKind kind, @Nullable String note) {
        var alert = alerts.findLocked(id.value()).orElseThrow(() -> new UnknownAlert(id));
        var by = ActingStaff.username();
        var at = clock.instant();
        var acknowledged = alert.dispatched(by, at, table.nextSequence());
        var action = actions.record(id, AlertAction.Kind.DISPATCHED, kind, note, by, at);
        alerts.save(alert);
        ladder.stop(alert);
        table.notifyNodes(alert.sequence());
        acknowledged.ifPresent(event -> {
            auditLog.record(AuditAction.CHANGE, AuditSubject.of("alert", id), "acknowledged");
            events.publishEvent(event);
        });
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("alert", id), "dispatched: " + kind.name());
        events.publishEvent(alert.dispatchEvent(kind, by, at));
        return action;
    }
}
