package org.ansim.alerts.internal;

import java.time.Clock;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertStatus;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseAssigned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A case assigned to a case manager — from the inbox, the case page or the API — has been taken on: its open REFERRAL
 * alert is acknowledged in the unit lead's name and leaves every open inbox.
 */
@Component
class ReferralAssignments {

    private final StoredAlerts alerts;
    private final AlertTable table;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralAssignments(
            StoredAlerts alerts, AlertTable table, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.table = table;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseAssigned assigned) {
        alerts.findBySourceKey(ReferralAlerts.sourceKey(assigned.caseId()))
                .filter(alert -> alert.view().kind() == AlertKind.REFERRAL && alert.status() == AlertStatus.OPEN)
                .ifPresent(alert -> {
                    var acknowledged = alert.acknowledge(assigned.assignedBy(), clock.instant(), table.nextSequence());
                    alerts.save(alert);
                    table.notifyNodes(alert.sequence());
                    auditLog.recordAs(
                            assigned.assignedBy(),
                            "USER",
                            null,
                            AuditAction.CHANGE,
                            AuditSubject.of("alert", alert.alertId()),
                            "acknowledged: case assigned");
                    events.publishEvent(acknowledged);
                });
    }
}
