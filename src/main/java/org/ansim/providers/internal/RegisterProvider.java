package org.ansim.providers.internal;

import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.identity.StaffPrincipal;
import org.ansim.providers.ProviderProfile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator or unit lead adds a provider to the directory, linked to an organisation Ansim knows. */
@Service
public class RegisterProvider {

    private final ProviderRepository providers;
    private final OrganisationDirectory organisations;
    private final AuditLog audit;
    private final Clock clock;

    RegisterProvider(ProviderRepository providers, OrganisationDirectory organisations, AuditLog audit, Clock clock) {
        this.providers = providers;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_LEAD')")
    @Transactional
    public ProviderProfile execute(ProviderDetails details) {
        var by = CurrentStaff.find().map(StaffPrincipal::username).orElse("system");
        return register(details, by);
    }

    /** Without a signed-in person: demo data. */
    @Transactional
    ProviderProfile register(ProviderDetails details, String by) {
        if (organisations.find(details.organisationId()).isEmpty()) {
            throw new ProviderRefused("providers.refused.organisation");
        }
        if (providers.findByName(details.name()).isPresent()) {
            throw new ProviderRefused("providers.refused.duplicate");
        }
        var provider = providers.saveAndFlush(Provider.register(details, by, clock.instant()));
        var profile = provider.profile();
        audit.record(
                AuditAction.CREATE, AuditSubject.of("provider", profile.id().value()));
        return profile;
    }
}
