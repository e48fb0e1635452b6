package org.ansim.services.internal;

import java.time.Clock;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider accepts a referral addressed to her organisation. */
@Service
public class AcceptServiceReferral {

    private final ProviderAccess access;
    private final ServiceReferrals referrals;
    private final PlannedServices services;
    private final AuditLog audit;
    private final Clock clock;

    AcceptServiceReferral(
            ProviderAccess access, ServiceReferrals referrals, PlannedServices services, AuditLog audit, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.services = services;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public void execute(UUID id) {
        var referral = access.open(id);
        var by = ProviderAccess.provider().username();
        var now = clock.instant();
        referral.accept(by, now);
        referrals.save(referral);
        services.findById(referral.serviceId()).ifPresent(service -> {
            service.accepted(by, now);
            services.save(service);
        });
        audit.record(AuditAction.CHANGE, AuditSubject.of("service-referral", id), "accepted");
    }
}
