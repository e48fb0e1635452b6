package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.internal.AlertChanges.Actor;
import org.ansim.alerts.internal.AlertChanges.Change;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dispatcher or unit lead takes an open alert on; recorded with who and when, audited, and streamed to all. The
 * escalation ladder's next step is cancelled.
 */
@Service
public class AcknowledgeAlert {

    private final AlertChanges changes;
    private final Clock clock;

    AcknowledgeAlert(AlertChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * @throws UnknownAlert if there is no such alert
     * @throws AlertLifecycleViolation if it is not open
     */
    @PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
    @Transactional
    public AlertView execute(AlertId id) {
        var alert = changes.lock(id);
        if (alert.status() != AlertStatus.OPEN) {
            throw new AlertLifecycleViolation(id, alert.status(), "acknowledge");
        }
        var acknowledged = alert.acknowledge(ActingStaff.username(), clock.instant(), changes.nextSequence());
        changes.finish(alert, Actor.STAFF, new Change("acknowledged", acknowledged));
        return alert.view();
    }
}
