package org.ansim.providers.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ProviderKind;
import org.ansim.providers.ServiceKind;
import org.ansim.providers.internal.ProviderDetails;
import org.jspecify.annotations.Nullable;

/** A provider's entry as the API takes it. */
record ProviderRequest(
        @NotNull UUID organisationId,
        @NotBlank @Size(max = ProviderDetails.MAX_NAME) String name,
        @NotNull ProviderKind kind,
        @NotEmpty @Size(max = 10) Set<@NotNull ServiceKind> services,
        @Size(max = ProviderDetails.MAX_DISTRICTS) List<@NotBlank @Size(max = 20) String> districts,
        @NotNull @Min(0) @Max(ProviderDetails.MAX_CAPACITY) Integer capacity,
        @Size(max = 30) @Nullable String contactPhone,
        @Size(max = 200) @Nullable String contactEmail,
        @Nullable Boolean active) {

    ProviderDetails toDetails() {
        return new ProviderDetails(
                new OrganisationId(organisationId),
                name,
                kind,
                services,
                districts == null ? List.of() : districts,
                capacity,
                contactPhone,
                contactEmail);
    }
}
