package org.ansim.providers;

import java.util.List;
import java.util.Optional;
import org.ansim.identity.OrganisationId;

/** The provider directory's face to other modules. */
public interface Providers {

    /** Every entry, active or not, by name. */
    List<ProviderProfile> all();

    /** The active providers that offer {@code service}, by name. */
    List<ProviderProfile> offering(ServiceKind service);

    /** The entries of one organisation (a hospital may have a clinic and a home-visit team). */
    List<ProviderProfile> ofOrganisation(OrganisationId organisation);

    Optional<ProviderProfile> find(ProviderId id);
}
