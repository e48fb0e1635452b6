package org.ansim.providers.internal;

import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.identity.StaffPrincipal;
import org.ansim.providers.ProviderId;
import org.ansim.providers.ProviderProfile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator or unit lead changes a provider's entry, or takes it off the list of those who receive referrals. */
@Service
public class ChangeProvider {

    private final ProviderRepository providers;
    private final OrganisationDirectory organisations;
    private final AuditLog audit;
    private final Clock clock;

    ChangeProvider(ProviderRepository providers, OrganisationDirectory organisations, AuditLog audit, Clock clock) {
        this.providers = providers;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws ProviderNotFound when there is no such entry */
    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_LEAD')")
    @Transactional
    public ProviderProfile execute(ProviderId id, ProviderDetails details, boolean active) {
        var provider = providers.findById(id.value()).orElseThrow(ProviderNotFound::new);
        if (organisations.find(details.organisationId()).isEmpty()) {
            throw new ProviderRefused("providers.refused.organisation");
        }
        var sameName = providers.findByName(details.name());
        if (sameName.isPresent() && sameName.get() != provider) {
            throw new ProviderRefused("providers.refused.duplicate");
        }
        var by = CurrentStaff.find().map(StaffPrincipal::username).orElse("system");
        provider.change(details, active, by, clock.instant());
        providers.saveAndFlush(provider);
        audit.record(AuditAction.CHANGE, AuditSubject.of("provider", id.value()));
        return provider.profile();
    }
}
