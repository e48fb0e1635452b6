package org.ansim.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.WorkingDays;
import org.ansim.identity.CaseManagers;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.StaffPrincipal;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.ansim.providers.Providers;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralId;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case manager refers a service of the plan to one provider organisation — only when the victim's consent covers
 * sharing with that named organisation, and never a service she declined or stopped. The provider receives the
 * minimum: an alias, the need (sealed), and that she is reached through her case manager. First contact is due
 * {@code services.provider-first-contact-working-days} working days after today.
 */
@Service
public class SendServiceReferral {

    static final String FIRST_CONTACT_SETTING = "services.provider-first-contact-working-days";

    /** What the case manager sends. {@code alias} may be empty: a neutral one is made up. */
    public record Parameters(
            ServiceKind service,
            OrganisationId organisationId,
            String need,
            @Nullable String alias) {}

    private final Plans plans;
    private final ServiceReferrals referrals;
    private final PlannedServices services;
    private final ServiceSharing sharing;
    private final Providers providers;
    private final SealedValues sealedValues;
    private final PolicySettings settings;
    private final WorkingDays workingDays;
    private final CaseManagers caseManagers;
    private final AuditLog audit;
    private final Clock clock;

    SendServiceReferral(
            Plans plans,
            ServiceReferrals referrals,
            PlannedServices services,
            ServiceSharing sharing,
            Providers providers,
            SealedValues sealedValues,
            PolicySettings settings,
            WorkingDays workingDays,
            CaseManagers caseManagers,
            AuditLog audit,
            Clock clock) {
        this.plans = plans;
        this.referrals = referrals;
        this.services = services;
        this.sharing = sharing;
        this.providers = providers;
        this.sealedValues = sealedValues;
        this.settings = settings;
        this.workingDays = workingDays;
        this.caseManagers = caseManagers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param found a case the caller may see (the controller asked {@code CaseVisibility})
     * @throws ServiceRuleViolated {@code consent-required} when consent does not cover the organisation (nothing is
     *     stored), {@code provider-unsuitable}, {@code declined-by-victim}, {@code service-state}, {@code invalid}
     */
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional
    public ServiceReferralId execute(CaseSummary found, Parameters parameters) {
        var staff = CurrentStaff.find().orElseThrow();
        var need = parameters.need() == null ? "" : parameters.need().strip();
        if (need.isEmpty() || need.length() > ServiceReferral.MAX_NEED) {
            throw new ServiceRuleViolated(
                    "invalid", "services.refused.need", "Describe the need in 1 to 2000 characters.");
        }
        var alias = parameters.alias() == null ? "" : parameters.alias().strip();
        if (alias.length() > ServiceReferral.MAX_ALIAS || alias.chars().anyMatch(Character::isISOControl)) {
            throw new ServiceRuleViolated("invalid", "services.refused.alias", "An alias has at most 40 characters.");
        }
        if (!sharing.allows(found.id(), parameters.organisationId())) {
            throw ServiceRuleViolated.consentRequired();
        }
        var suitable = providers.ofOrganisation(parameters.organisationId()).stream()
                .anyMatch(p -> p.offers(parameters.service()));
        if (!suitable) {
            throw new ServiceRuleViolated(
                    "provider-unsuitable",
                    "services.refused.providerUnsuitable",
                    "This organisation does not offer " + parameters.service() + " in the provider directory.");
        }
        var now = clock.instant();
        var service = plans.wantedService(found, parameters.service(), staff.username(), now);
        service.referred(staff.username(), now);
        services.save(service);

        var id = UUID.randomUUID();
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var days = (int) settings.number(FIRST_CONTACT_SETTING, today);
        var sealedNeed = sealedValues.seal(new SealedNote(need), ServiceReferral.needField(id));
        var referral = ServiceReferral.send(
                id,
                found.id(),
                found.number(),
                service,
                parameters.organisationId(),
                alias.isEmpty() ? "내담자-" + id.toString().substring(0, 4).toUpperCase() : alias,
                sealedNeed,
                contactThrough(found, staff),
                staff.username(),
                now,
                workingDays.workingDaysAfter(today, days),
                days);
        referrals.save(referral);
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("service-referral", id),
                parameters.service().name());
        return referral.id();
    }

    /** How the provider reaches the victim: through her case manager, never directly. */
    private String contactThrough(CaseSummary found, StaffPrincipal sender) {
        var manager = found.caseManager()
                .map(username -> caseManagers.displayNames().getOrDefault(username, username))
                .orElse(sender.displayName());
        return manager + " · " + sender.organisationName();
    }
}
