package org.ansim.providers.internal;

import java.util.List;
import java.util.Optional;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ProviderId;
import org.ansim.providers.ProviderProfile;
import org.ansim.providers.Providers;
import org.ansim.providers.ServiceKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the directory for pages and other modules. It holds no case data, so reading it needs no case access. */
@Service
@Transactional(readOnly = true)
public class ProviderDirectory implements Providers {

    private final ProviderRepository providers;

    ProviderDirectory(ProviderRepository providers) {
        this.providers = providers;
    }

    @Override
    public List<ProviderProfile> all() {
        return providers.findAllByOrderByNameAsc().stream()
                .map(Provider::profile)
                .toList();
    }

    @Override
    public List<ProviderProfile> offering(ServiceKind service) {
        return all().stream().filter(p -> p.offers(service)).toList();
    }

    @Override
    public List<ProviderProfile> ofOrganisation(OrganisationId organisation) {
        return providers.findByOrganisationIdOrderByNameAsc(organisation.value()).stream()
                .map(Provider::profile)
                .toList();
    }

    @Override
    public Optional<ProviderProfile> find(ProviderId id) {
        return providers.findById(id.value()).map(Provider::profile);
    }
}
