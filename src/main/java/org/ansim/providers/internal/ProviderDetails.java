package org.ansim.providers.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ProviderKind;
import org.ansim.providers.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator or unit lead writes about a provider; checked here, so the page and the API refuse the same.
 */
public record ProviderDetails(
        OrganisationId organisationId,
        String name,
        ProviderKind kind,
        Set<ServiceKind> services,
        List<String> districts,
        int capacity,
        @Nullable String contactPhone,
        @Nullable String contactEmail) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DISTRICTS = 25;
    public static final int MAX_CAPACITY = 10_000;

    public ProviderDetails {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || hasControlCharacters(name)) {
            throw new ProviderRefused("providers.refused.name");
        }
        if (kind == null) {
            throw new ProviderRefused("providers.refused.kind");
        }
        if (services == null || services.isEmpty()) {
            throw new ProviderRefused("providers.refused.services");
        }
        services = Set.copyOf(EnumSet.copyOf(services));
        var cleaned = new ArrayList<String>();
        for (var district : districts == null ? List.<String>of() : districts) {
            var d = district == null ? "" : district.strip();
            if (d.isEmpty() || d.length() > 20 || d.contains(",") || hasControlCharacters(d)) {
                throw new ProviderRefused("providers.refused.districts");
            }
            if (!cleaned.contains(d)) {
                cleaned.add(d);
            }
        }
        if (cleaned.size() > MAX_DISTRICTS) {
            throw new ProviderRefused("providers.refused.districts");
        }
        districts = List.copyOf(cleaned);
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new ProviderRefused("providers.refused.capacity");
        }
        contactPhone = blankToNull(contactPhone);
        if (contactPhone != null && !contactPhone.matches("[0-9+()\\- ]{2,30}")) {
            throw new ProviderRefused("providers.refused.phone");
        }
        contactEmail = blankToNull(contactEmail);
        if (contactEmail != null && (contactEmail.length() > 200 || !contactEmail.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new ProviderRefused("providers.refused.email");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
