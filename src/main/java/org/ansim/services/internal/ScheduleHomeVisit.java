package org.ansim.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.OrganisationStaff;
import org.ansim.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case manager (for a case she may see) or the provider (on a referral addressed to her organisation) schedules a
 * home-therapy visit: when, and which therapist of the provider organisation goes. Only that therapist will be able to
 * reveal the victim's address for it.
 */
@Service
public class ScheduleHomeVisit {

    /** When the visit starts and the username of the provider staff member who goes. */
    public record Parameters(Instant startsAt, String therapist) {}

    private final ServiceReferrals referrals;
    private final ProviderAccess access;
    private final ServiceSharing sharing;
    private final HomeVisits visits;
    private final OrganisationStaff staff;
    private final AuditLog audit;
    private final Clock clock;

    ScheduleHomeVisit(
            ServiceReferrals referrals,
            ProviderAccess access,
            ServiceSharing sharing,
            HomeVisits visits,
            OrganisationStaff staff,
            AuditLog audit,
            Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.sharing = sharing;
        this.visits = visits;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param found a case the caller may see (the controller asked {@code CaseVisibility})
     * @throws ServiceReferralNotFound when the referral is not one of this case's
     * @throws AccessEnded when the referral was suspended or consent no longer covers the organisation
     */
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional
    public UUID forCase(CaseSummary found, UUID referralId, Parameters parameters) {
        var referral = referrals
                .findById(referralId)
                .filter(r -> r.caseId().equals(found.id()))
                .orElseThrow(ServiceReferralNotFound::new);
        if (!sharing.allows(referral.caseId(), referral.organisationId())) {
            throw new AccessEnded();
        }
        return schedule(referral, parameters);
    }

    /** The provider schedules on a referral addressed to her organisation. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public UUID byProvider(UUID referralId, Parameters parameters) {
        return schedule(access.open(referralId), parameters);
    }

    private UUID schedule(ServiceReferral referral, Parameters parameters) {
        var by = CurrentStaff.find().orElseThrow().username();
        var therapist = staff.of(referral.organisationId(), Role.PROVIDER).stream()
                .filter(member -> member.username().equals(parameters.therapist()))
                .findFirst()
                .orElseThrow(() -> new ServiceRuleViolated(
                        "therapist-unknown",
                        "services.visits.refused.therapist",
                        "The therapist must be a provider staff member of the organisation the referral went to."));
        var visit = HomeVisit.schedule(
                referral, therapist.username(), therapist.displayName(), parameters.startsAt(), by, clock.instant());
        visits.save(visit);
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("home-visit", visit.id()),
                referral.id().toString());
        return visit.id();
    }
}
