package org.ansim.providers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ProviderId;
import org.ansim.providers.ProviderKind;
import org.ansim.providers.ProviderProfile;
import org.ansim.providers.ServiceKind;
import org.jspecify.annotations.Nullable;

/** One entry of the provider directory, linked to the organisation whose staff accounts sign in for it. */
@Entity
@Table(name = "providers_provider")
class Provider {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderKind kind;

    @Column(nullable = false)
    private String services;

    @Column(nullable = false)
    private String districts;

    @Column(nullable = false)
    private int capacity;

    private @Nullable String contactPhone;
    private @Nullable String contactEmail;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private @Nullable Long version;

    protected Provider() {}

    static Provider register(ProviderDetails details, String by, Instant now) {
        var provider = new Provider();
        provider.id = UUID.randomUUID();
        provider.active = true;
        provider.apply(details, by, now);
        return provider;
    }

    void change(ProviderDetails details, boolean stillActive, String by, Instant now) {
        apply(details, by, now);
        this.active = stillActive;
    }

    private void apply(ProviderDetails details, String by, Instant now) {
        this.organisationId = details.organisationId().value();
        this.name = details.name();
        this.kind = details.kind();
        this.services = details.services().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.districts = String.join(",", details.districts());
        this.capacity = details.capacity();
        this.contactPhone = details.contactPhone();
        this.contactEmail = details.contactEmail();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    ProviderProfile profile() {
        var offered = EnumSet.noneOf(ServiceKind.class);
        Arrays.stream(services.split(",")).filter(s -> !s.isBlank()).forEach(s -> offered.add(ServiceKind.valueOf(s)));
        return new ProviderProfile(
                new ProviderId(id),
                new OrganisationId(organisationId),
                name,
                kind,
                java.util.Set.copyOf(offered),
                districts.isBlank() ? List.of() : List.of(districts.split(",")),
                capacity,
                contactPhone,
                contactEmail,
                active);
    }
}
