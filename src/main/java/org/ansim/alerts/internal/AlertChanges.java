package org.ansim.alerts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ansim.alerts.AlertAcknowledged;
import org.ansim.alerts.AlertId;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a change to an alert that is already on the console is carried out, the same way for every intention: the alert
 * is locked, the caller changes it, then it is saved, its ladder's next step cancelled, every node told, and each part
 * of the change audited and announced — all in the caller's transaction.
 */
@Component
class AlertChanges {

    /** Who made the change, as the audit log records it. */
    enum Actor {
        /** The signed-in dispatcher or unit lead. */
        STAFF,
        /** The victim's phone (an SOS called off with her PIN). */
        VICTIM_PHONE
    }

    /** One part of a change: what the audit log says, and the event announced. */
    record Change(String auditNote, Object event) {

        /** The change, preceded by the acknowledgement when the same action took an open alert on. */
        static List<Change> takingOn(Optional<AlertAcknowledged> acknowledged, Change change) {
            var changes = new ArrayList<Change>(2);
            acknowledged.ifPresent(event -> changes.add(new Change("acknowledged", event)));
            changes.add(change);
            return changes;
        }
    }

    private final StoredAlerts alerts;
    private final AlertTable table;
    private final EscalationLadder ladder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    AlertChanges(
            StoredAlerts alerts,
            AlertTable table,
            EscalationLadder ladder,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.table = table;
        this.ladder = ladder;
        this.auditLog = auditLog;
        this.events = events;
    }

    /**
     * The alert, locked until the transaction ends.
     *
     * @throws UnknownAlert if there is no such alert
     */
    Alert lock(AlertId id) {
        return alerts.findLocked(id.value()).orElseThrow(() -> new UnknownAlert(id));
    }

    /** The stream sequence the change is published under. */
    long nextSequence() {
        return table.nextSequence();
    }

    void finish(Alert alert, Actor actor, Change change) {
        finish(alert, actor, List.of(change));
    }

    void finish(Alert alert, Actor actor, List<Change> changes) {
        alerts.save(alert);
        ladder.stop(alert);
        table.notifyNodes(alert.sequence());
        var subject = AuditSubject.of("alert", alert.alertId());
        for (var change : changes) {
            switch (actor) {
                case STAFF -> auditLog.record(AuditAction.CHANGE, subject, change.auditNote());
                case VICTIM_PHONE ->
                    auditLog.recordAs(
                            RaisingAlerts.VICTIM, "DEVICE", null, AuditAction.CHANGE, subject, change.auditNote());
            }
            events.publishEvent(change.event());
        }
    }
}
