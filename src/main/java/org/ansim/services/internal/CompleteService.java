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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case manager records that a service in progress was delivered to its end; its referral is completed too. */
@Service
public class CompleteService {

    private final PlannedServices services;
    private final ServiceReferrals referrals;
    private final AuditLog audit;
    private final Clock clock;

    CompleteService(PlannedServices services, ServiceReferrals referrals, AuditLog audit, Clock clock) {
        this.services = services;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional
    public void execute(CaseSummary found, ServiceKind kind) {
        var service = services.findByCaseIdAndKind(found.id().value(), kind)
                .orElseThrow(() -> new ServiceRuleViolated(
                        "service-state", "services.refused.notOnPlan", "This service is not on her plan."));
        var by = CurrentStaff.find().orElseThrow().username();
        var now = clock.instant();
        service.complete(by, now);
        services.save(service);
        for (var referral : referrals.findByServiceIdAndStateIn(service.id(), List.of(ServiceReferralState.ACCEPTED))) {
            referral.complete(now);
            referrals.save(referral);
        }
        audit.record(
                AuditAction.CHANGE,
                AuditSubject.of("service-plan", found.number().value()),
                "completed " + kind);
    }
}
