package org.ansim.services.internal;

import java.util.List;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider reads the claims and legal steps of a referral addressed to her organisation, while it is open to her. */
@Service
public class ReadReferralMoney {

    public record Money(
            UUID referralId,
            ServiceKind service,
            ServiceReferralState state,
            String alias,
            boolean claimable,
            List<ClaimQueries.ClaimLine> claims,
            List<ClaimQueries.LegalStepLine> legalSteps) {}

    private final ProviderAccess access;
    private final ClaimQueries queries;
    private final AuditLog audit;

    ReadReferralMoney(ProviderAccess access, ClaimQueries queries, AuditLog audit) {
        this.access = access;
        this.queries = queries;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public Money execute(UUID referralId) {
        var referral = access.open(referralId);
        audit.record(AuditAction.VIEW, AuditSubject.of("service-claims", referralId));
        return new Money(
                referralId,
                referral.kind(),
                referral.state(),
                referral.alias(),
                ClaimLimits.CLAIMABLE.contains(referral.kind()),
                queries.claimsOfReferral(referralId),
                queries.legalStepsOfReferral(referralId));
    }
}
