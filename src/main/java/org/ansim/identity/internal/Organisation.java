package org.ansim.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.OrganisationKind;

/** An organisation whose staff or systems work with Ansim. */
@Entity
@Table(name = "identity_organisation")
public class Organisation {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    private String district;

    @Column(nullable = false)
    private Instant createdAt;

    protected Organisation() {}

    public Organisation(String name, OrganisationKind kind, String district, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
        this.district = district;
        this.createdAt = createdAt;
    }

    public OrganisationId id() {
        return new OrganisationId(id);
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String district() {
        return district;
    }
}
