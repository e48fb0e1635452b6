package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.DispatchKind;
import org.ansim.alerts.internal.AlertChanges.Actor;
import org.ansim.alerts.internal.AlertChanges.Change;
import org.jspecify.annotations.Nullable;
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

    private final AlertChanges changes;
    private final AlertActions actions;
    private final Clock clock;

    DispatchHelp(AlertChanges changes, AlertActions actions, Clock clock) {
        this.changes = changes;
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * @throws UnknownAlert if there is no such alert
     * @throws AlertLifecycleViolation if it is closed
     * @throws IllegalArgumentException if the note is longer than {@value AlertAction#MAX_NOTE} characters
     */
    @PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
    @Transactional
    public AlertAction execute(AlertId id, DispatchKind kind, @Nullable String note) {
        var alert = changes.lock(id);
        var by = ActingStaff.username();
        var at = clock.instant();
        var acknowledged = alert.dispatched(by, at, changes.nextSequence());
        var action = actions.record(id, AlertAction.Kind.DISPATCHED, kind, note, by, at);
        changes.finish(
                alert,
                Actor.STAFF,
                Change.takingOn(
                        acknowledged, new Change("dispatched: " + kind.name(), alert.dispatchEvent(kind, by, at))));
        return action;
    }
}
