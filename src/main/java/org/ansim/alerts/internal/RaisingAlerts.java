package org.ansim.alerts.internal;

import java.time.Clock;
import java.util.Optional;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertOutcome;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.alerts.internal.AlertChanges.Actor;
import org.ansim.alerts.internal.AlertChanges.Change;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises alerts for other modules, inside their transaction: the alert row, its {@code AlertRaised} event and the
 * notification to every node commit or roll back with the caller's work — and so does the first timer of an urgent
 * alert's escalation ladder.
 */
@Service
class RaisingAlerts implements Alerts {

    private final StoredAlerts alerts;
    private final AlertTable table;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EscalationLadder ladder;
    private final AlertChanges changes;

    /** Who closed an alert the victim called off, as the console and the audit log show it. */
    static final String VICTIM = "victim-phone";

    RaisingAlerts(
            StoredAlerts alerts,
            AlertTable table,
            ApplicationEventPublisher events,
            Clock clock,
            EscalationLadder ladder,
            AlertChanges changes) {
        this.changes = changes;
        this.alerts = alerts;
        this.ladder = ladder;
        this.table = table;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public AlertId raise(RaiseAlert command) {
        var sourceKey = command.sourceKey();
        if (sourceKey != null) {
            table.lockSourceKey(sourceKey);
            var earlier = alerts.findBySourceKey(sourceKey);
            if (earlier.isPresent()) {
                return earlier.get().alertId();
            }
        }
        var alert = Alert.raise(command, clock.instant(), table.nextSequence());
        ladder.start(alert);
        alerts.save(alert);
        table.notifyNodes(alert.sequence());
        events.publishEvent(alert.raised());
        return alert.alertId();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void cancelledByVictim(AlertId id) {
        var alert = changes.lock(id);
        if (alert.status() == AlertStatus.CLOSED) {
            return;
        }
        var closed =
                alert.close(VICTIM, clock.instant(), AlertOutcome.CANCELLED_BY_VICTIM, null, changes.nextSequence());
        changes.finish(
                alert, Actor.VICTIM_PHONE, new Change("closed: " + AlertOutcome.CANCELLED_BY_VICTIM.name(), closed));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AlertView> find(AlertId id) {
        return alerts.findById(id.value()).map(Alert::view);
    }
}
