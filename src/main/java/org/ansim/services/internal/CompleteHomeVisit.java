package org.ansim.services.internal;

import java.time.Clock;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The therapist records her home visit done: from then on the address is no longer shown for it. */
@Service
public class CompleteHomeVisit {

    private final ProviderAccess access;
    private final HomeVisits visits;
    private final AuditLog audit;
    private final Clock clock;

    CompleteHomeVisit(ProviderAccess access, HomeVisits visits, AuditLog audit, Clock clock) {
        this.access = access;
        this.visits = visits;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public void execute(UUID referralId, UUID visitId) {
        var staff = ProviderAccess.provider();
        access.open(referralId);
        var visit = visits.findById(visitId)
                .filter(v -> v.referralId().value().equals(referralId))
                .orElseThrow(ServiceReferralNotFound::new);
        visit.done(staff.username(), clock.instant());
        visits.save(visit);
        audit.record(AuditAction.CHANGE, AuditSubject.of("home-visit", visitId), "done");
    }
}
