package org.ansim.services.internal;

import java.time.Clock;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider declines a referral with a reason; the service is wanted again, for another provider. */
@Service
public class DeclineServiceReferral {

    private final ProviderAccess access;
    private final ServiceReferrals referrals;
    private final PlannedServices services;
    private final AuditLog audit;
    private final Clock clock;

    DeclineServiceReferral(
            ProviderAccess access, ServiceReferrals referrals, PlannedServices services, AuditLog audit, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.services = services;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public void execute(UUID id, String reason) {
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > ServiceReferral.MAX_REASON) {
            throw new ServiceRuleViolated(
                    "invalid", "services.refused.reason", "Give a reason of 1 to 500 characters.");
        }
        var referral = access.open(id);
        var by = ProviderAccess.provider().username();
        var now = clock.instant();
        referral.decline(stripped, by, now);
        referrals.save(referral);
        services.findById(referral.serviceId()).ifPresent(service -> {
            service.wantedAgain(by, now);
            services.save(service);
        });
        audit.record(AuditAction.CHANGE, AuditSubject.of("service-referral", id), "declined");
    }
}
