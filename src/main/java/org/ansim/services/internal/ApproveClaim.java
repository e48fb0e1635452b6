package org.ansim.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.identity.CurrentStaff;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit lead approves a claim that passed the victim's cap. The amount was already committed against the budget;
 * if the budget in force today no longer holds it (lowered since), the approval is refused with
 * {@code budget-exceeded}. The decision keeps who, when and the cap and budget in force.
 */
@Service
public class ApproveClaim {

    private final Claims claims;
    private final ClaimLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    ApproveClaim(Claims claims, ClaimLimits limits, AuditLog audit, Clock clock) {
        this.claims = claims;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    public record Decision(UUID claimId, String state, String decidedBy, long capWon, LocalDate capValidFrom) {}

    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public Decision execute(UUID claimId, @Nullable String reason) {
        var stripped = reason == null ? null : reason.strip();
        if (stripped != null && stripped.length() > ServiceReferral.MAX_REASON) {
            throw new ServiceRuleViolated("invalid", "services.refused.reason", "A reason has at most 500 characters.");
        }
        var found = claims.findById(claimId).orElseThrow(ClaimNotFound::new);
        limits.lock(found.kind(), found.budgetYear());
        var claim = claims.findById(claimId).orElseThrow(ClaimNotFound::new);
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var budget = limits.budget(claim.kind(), today);
        var cap = limits.cap(claim.kind(), today);
        var usedByOthers = claim.state() == org.ansim.services.ClaimState.PENDING_APPROVAL
                ? limits.budgetUsed(claim.kind(), claim.budgetYear()) - claim.amountWon()
                : 0;
        if (claim.state() == org.ansim.services.ClaimState.PENDING_APPROVAL
                && usedByOthers + claim.amountWon() > budget.won()) {
            throw new ServiceRuleViolated(
                    "budget-exceeded",
                    "services.claims.refused.budgetExceeded",
                    "The budget in force no longer holds this claim: refuse it or raise the budget first.");
        }
        var by = CurrentStaff.find().orElseThrow().username();
        claim.approve(by, now, stripped == null || stripped.isEmpty() ? null : stripped, cap, budget);
        claims.save(claim);
        audit.record(AuditAction.CHANGE, AuditSubject.of("service-claim", claimId), "approved");
        return new Decision(claimId, claim.state().name(), by, cap.won(), cap.validFrom());
    }
}
