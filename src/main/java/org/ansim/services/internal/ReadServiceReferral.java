package org.ansim.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.SealedValues;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralState;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider opens a referral addressed to her organisation: the minimum for the service (alias, need, contact
 * through the case manager) and the sessions recorded. Reading the need is a reveal, audited; a referral whose consent
 * ended is refused.
 */
@Service
public class ReadServiceReferral {

    static final RevealReason REASON = new RevealReason("서비스 제공을 위한 의뢰 내용 확인 (service delivery)");

    public record Detail(
            UUID id,
            ServiceKind service,
            ServiceReferralState state,
            String alias,
            String need,
            String contactThrough,
            Instant sentAt,
            LocalDate firstContactDue,
            @Nullable Instant firstContactedAt,
            boolean firstContactOverdue,
            List<ServiceQueries.SessionLine> sessions,
            @Nullable Integer sessionsUsed,
            @Nullable Integer sessionLimit) {}

    private final ProviderAccess access;
    private final SealedValues sealedValues;
    private final ServiceQueries queries;
    private final CounsellingAllowance allowance;
    private final AuditLog audit;
    private final Clock clock;

    ReadServiceReferral(
            ProviderAccess access,
            SealedValues sealedValues,
            ServiceQueries queries,
            CounsellingAllowance allowance,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.sealedValues = sealedValues;
        this.queries = queries;
        this.allowance = allowance;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public Detail execute(UUID id) {
        var referral = access.open(id);
        var today = LocalDate.ofInstant(clock.instant(), PolicySettings.ZONE);
        var need = sealedValues.reveal(
                referral.need(), ServiceReferral.needField(id), AuditSubject.of("service-referral", id), REASON);
        audit.record(AuditAction.VIEW, AuditSubject.of("service-referral", id));
        var counselling = referral.kind() == ServiceKind.COUNSELLING ? allowance.of(referral.caseId(), today) : null;
        return new Detail(
                id,
                referral.kind(),
                referral.state(),
                referral.alias(),
                need.text(),
                referral.contactThrough(),
                referral.sentAt(),
                referral.firstContactDue(),
                referral.firstContactedAt(),
                referral.state().open()
                        && referral.firstContactedAt() == null
                        && today.isAfter(referral.firstContactDue()),
                queries.sessionsOf(id),
                counselling == null ? null : counselling.used(),
                counselling == null ? null : counselling.limit());
    }
}
