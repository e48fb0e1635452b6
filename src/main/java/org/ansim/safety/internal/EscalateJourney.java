package org.ansim.safety.internal;

import java.time.Clock;
import java.util.UUID;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.safety.JourneyEscalated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A journey's deadline passed: if it is still running, a MISSED_ARRIVAL alert is raised and the journey marked
 * escalated, in one transaction under the journey's row lock. Run again (after a crash between commit and the timer's
 * completion, or on a second node) it changes nothing: the journey is no longer running and the alert's source key
 * {@code journey:<id>} is taken.
 */
@Service
public class EscalateJourney {

    private final Journeys journeys;
    private final Alerts alerts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EscalateJourney(Journeys journeys, Alerts alerts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.journeys = journeys;
        this.alerts = alerts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether this run escalated it */
    @Transactional
    public boolean execute(UUID journeyId) {
        var found = journeys.lock(journeyId);
        if (found.isEmpty() || found.get().status() != Journey.Status.RUNNING) {
            return false;
        }
        var journey = found.get();
        var now = clock.instant();
        var alertId = alerts.raise(new RaiseAlert(
                        AlertKind.MISSED_ARRIVAL,
                        journey.caseNumber(),
                        "Missed arrival: a journey home was not ended by its deadline",
                        "journey:" + journey.id(),
                        false))
                .value();
        journey.escalate(alertId, now);
        audit.recordAs(
                "system:journey-escalation",
                "SYSTEM",
                null,
                AuditAction.CHANGE,
                AuditSubject.of("safety-journey", journey.id()),
                "missed arrival escalated");
        events.publishEvent(new JourneyEscalated(journey.id(), alertId, journey.caseNumber(), now));
        return true;
    }
}
