package org.ansim.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.identity.CurrentStaff;
import org.ansim.settings.PolicySettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit lead refuses a claim that passed the victim's cap, with a reason; its amount leaves the budget. */
@Service
public class RefuseClaim {

    private final Claims claims;
    private final ClaimLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    RefuseClaim(Claims claims, ClaimLimits limits, AuditLog audit, Clock clock) {
        this.claims = claims;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public ApproveClaim.Decision execute(UUID claimId, String reason) {
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > ServiceReferral.MAX_REASON) {
            throw new ServiceRuleViolated(
                    "invalid", "services.refused.reason", "Give a reason of 1 to 500 characters.");
        }
        var found = claims.findById(claimId).orElseThrow(ClaimNotFound::new);
        limits.lock(found.kind(), found.budgetYear());
        var claim = claims.findById(claimId).orElseThrow(ClaimNotFound::new);
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var cap = limits.cap(claim.kind(), today);
        var by = CurrentStaff.find().orElseThrow().username();
        claim.refuse(by, now, stripped, cap, limits.budget(claim.kind(), today));
        claims.save(claim);
        audit.record(AuditAction.CHANGE, AuditSubject.of("service-claim", claimId), "refused");
        return new ApproveClaim.Decision(claimId, claim.state().name(), by, cap.won(), cap.validFrom());
    }
}
