package org.ansim.providers;

import java.util.List;
import java.util.Set;
import org.ansim.identity.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A provider as the directory shows it: the organisation whose staff sign in, what it offers, the districts it serves,
 * how many clients it can take at once, and how the unit reaches it.
 */
public record ProviderProfile(
        ProviderId id,
        OrganisationId organisationId,
        String name,
        ProviderKind kind,
        Set<ServiceKind> services,
        List<String> districts,
        int capacity,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        boolean active) {

    public boolean offers(ServiceKind service) {
        return active && services.contains(service);
    }
}
