package org.ansim.services.internal;

import java.time.Clock;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider records that it reached the victim (through her case manager) for the first time. */
@Service
public class RecordProviderFirstContact {

    private final ProviderAccess access;
    private final ServiceReferrals referrals;
    private final AuditLog audit;
    private final Clock clock;

    RecordProviderFirstContact(ProviderAccess access, ServiceReferrals referrals, AuditLog audit, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public void execute(UUID id) {
        var referral = access.open(id);
        referral.firstContact(clock.instant());
        referrals.save(referral);
        audit.record(AuditAction.CHANGE, AuditSubject.of("service-referral", id), "first contact");
    }
}
