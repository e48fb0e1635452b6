package org.ansim.services.internal;

import java.time.Clock;
import java.util.List;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.identity.CurrentStaff;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralState;
import org.ansim.services.SuspensionCause;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the victim's own choice about a service: she declines one not yet referred, or stops one that was referred
 * or begun — then its open referral is suspended at once and the provider's access ends. Nothing proceeds against her
 * will.
 */
@Service
public class RecordVictimsRefusal {

    public enum Choice {
        DECLINE,
        STOP
    }

    private final PlannedServices services;
    private final ServiceReferrals referrals;
    private final AuditLog audit;
    private final Clock clock;

    RecordVictimsRefusal(PlannedServices services, ServiceReferrals referrals, AuditLog audit, Clock clock) {
        this.services = services;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional
    public void execute(CaseSummary found, ServiceKind kind, Choice choice, String reason) {
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > ServiceReferral.MAX_REASON) {
            throw new ServiceRuleViolated(
                    "invalid", "services.refused.reason", "Write down what she said, in 1 to 500 characters.");
        }
        var service = services.findByCaseIdAndKind(found.id().value(), kind)
                .orElseThrow(() -> new ServiceRuleViolated(
                        "service-state", "services.refused.notOnPlan", "This service is not on her plan."));
        var by = CurrentStaff.find().orElseThrow().username();
        var now = clock.instant();
        if (choice == Choice.DECLINE) {
            service.declineByVictim(stripped, by, now);
        } else {
            service.stopByVictim(stripped, by, now);
            for (var referral : referrals.findByServiceIdAndStateIn(
                    service.id(), List.of(ServiceReferralState.SENT, ServiceReferralState.ACCEPTED))) {
                referral.suspend(SuspensionCause.STOPPED_BY_VICTIM, now);
                referrals.save(referral);
            }
        }
        services.save(service);
        audit.record(
                AuditAction.CHANGE,
                AuditSubject.of("service-plan", found.number().value()),
                choice.name().toLowerCase() + " " + kind);
    }
}
