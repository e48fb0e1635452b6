package org.ansim.alerts.internal;

import org.ansim.alerts.AlertKind;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every newly opened case — a police referral, a hotline or online application, a walk-in — reaches the unit's open
 * inbox as a REFERRAL alert. The case's opening event is durable (the event publication registry), and the alert is
 * idempotent on the case, so a redelivery after a crash never doubles it.
 */
@Component
class ReferralAlerts {

    private final Alerts alerts;

    ReferralAlerts(Alerts alerts) {
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        alerts.raise(RaiseAlert.of(AlertKind.REFERRAL, opened.caseNumber().value(), "new case: " + opened.channel())
                .withSourceKey(sourceKey(opened.caseId())));
    }

    static String sourceKey(CaseId caseId) {
        return "case-opened:" + caseId.value();
    }
}
