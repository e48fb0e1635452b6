package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertOutcome;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.internal.AlertChanges.Actor;
import org.ansim.alerts.internal.AlertChanges.Change;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A dispatcher or unit lead closes an alert with its outcome; recorded with who and when, audited, streamed. */
@Service
public class CloseAlert {

    private final AlertChanges changes;
    private final Clock clock;

    CloseAlert(AlertChanges changes, Clock clock) {
        this.changes = changes;
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
        var alert = changes.lock(id);
        if (alert.status() == AlertStatus.CLOSED) {
            throw new AlertLifecycleViolation(id, alert.status(), "close");
        }
        var closed = alert.close(ActingStaff.username(), clock.instant(), outcome, note, changes.nextSequence());
        changes.finish(alert, Actor.STAFF, new Change("closed: " + outcome.name(), closed));
        return alert.view();
    }
}
