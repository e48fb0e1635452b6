package org.ansim.conference.internal;

import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseOpened;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseStatusChanged;
import org.ansim.conference.IncidentKind;
import org.ansim.conference.IncidentRecorded;
import org.ansim.orders.OrderViolated;
import org.ansim.referral.PoliceReferralReceived;
import org.ansim.risk.RiskAssessed;
import org.ansim.safety.SosCancelled;
import org.ansim.safety.SosReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the conference hears from other modules: cases opened and their status (for its read model and the
 * post-management schedule), the police's risk level, and the incidents — the referral's, order violations and SOS
 * alerts — each counted once by its source key. A new incident, a withdrawn one or a new screening asks for the agendas
 * still to be held to be refreshed ({@link AgendaRefreshes}, a few seconds later, gathered with others).
 */
@Component
class ConferenceFeeds {

    private final ConferenceCases cases;
    private final RecordIncident incidents;
    private final FollowUps followUps;
    private final AgendaRefreshes refreshes;
    private final CaseLookup lookup;

    ConferenceFeeds(
            ConferenceCases cases,
            RecordIncident incidents,
            FollowUps followUps,
            AgendaRefreshes refreshes,
            CaseLookup lookup) {
        this.cases = cases;
        this.incidents = incidents;
        this.followUps = followUps;
        this.refreshes = refreshes;
        this.lookup = lookup;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        cases.opened(opened.caseId(), opened.caseNumber(), CaseStatus.NEW);
    }

    /**
     * Status events may arrive out of order (closed, then reopened, within seconds): the case's status as it stands
     * now decides, and the post-management schedule counts from when it got there.
     */
    @ApplicationModuleListener
    void on(CaseStatusChanged changed) {
        lookup.find(changed.caseId()).ifPresent(now -> {
            cases.statusChanged(now.id(), now.number(), now.status());
            followUps.statusChanged(
                    now.id(),
                    now.number(),
                    now.status(),
                    now.statusChangedAt(),
                    now.caseManager().orElse(null));
        });
    }

    /** The referral is an incident: counted when the police say it last happened, or else when it was received. */
    @ApplicationModuleListener
    void on(PoliceReferralReceived referral) {
        cases.policeRiskLevel(
                referral.caseId(),
                referral.caseNumber(),
                referral.policeRiskLevel() == null
                        ? null
                        : referral.policeRiskLevel().name());
        incidents.fromSource(
                referral.caseId(),
                IncidentKind.POLICE_REFERRAL,
                referral.lastOccurredAt() != null ? referral.lastOccurredAt() : referral.receivedAt(),
                "police:" + referral.policeAgency(),
                "referral:" + referral.caseId(),
                null,
                "system:conference");
    }

    @ApplicationModuleListener
    void on(OrderViolated violated) {
        incidents.fromSource(
                violated.caseId(),
                IncidentKind.ORDER_VIOLATION,
                violated.occurredAt(),
                "orders",
                "order-violation:" + violated.orderId().value() + ":"
                        + violated.occurredAt().toEpochMilli(),
                null,
                "system:conference");
    }

    @ApplicationModuleListener
    void on(SosReceived sos) {
        if (!CaseNumber.isWellFormed(sos.caseNumber())) {
            return;
        }
        lookup.find(new CaseNumber(sos.caseNumber()))
                .ifPresent(found -> incidents.fromSource(
                        found.id(),
                        IncidentKind.SOS,
                        sos.receivedAt(),
                        "safety",
                        "sos:" + sos.sosId(),
                        null,
                        "system:conference"));
    }

    /** An SOS the victim cancelled was no incident. */
    @ApplicationModuleListener
    void on(SosCancelled cancelled) {
        incidents.withdraw("sos:" + cancelled.sosId());
        refreshes.soon();
    }

    /** A new incident (counted here) may add a case to an agenda by escalation or repeat. */
    @ApplicationModuleListener
    void on(IncidentRecorded recorded) {
        refreshAgendas();
    }

    @ApplicationModuleListener
    void on(RiskAssessed assessed) {
        refreshAgendas();
    }

    private void refreshAgendas() {
        refreshes.soon();
    }
}
