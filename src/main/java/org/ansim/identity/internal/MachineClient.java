package org.ansim.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.Scope;

/**
 * A system that calls Ansim with a key: bound to one organisation, holding scopes, revocable. Only the key's hash is
 * kept; the key itself is shown once when issued.
 */
@Entity
@Table(name = "identity_machine_client")
public class MachineClient {

    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private UUID organisationId;

    @Column(nullable = false, unique = true)
    private String keyHash;

    @Column(nullable = false)
    private String keyPrefix;

    @Column(nullable = false)
    private String scopes;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    private Instant revokedAt;
    private String revokedBy;
    private Instant lastUsedAt;

    @Version
    private long version;

    protected MachineClient() {}

    MachineClient(
            String name,
            OrganisationId organisation,
            ClientKey key,
            Set<Scope> scopes,
            Instant createdAt,
            String createdBy) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A client needs at least one scope");
        }
        this.id = UUID.randomUUID();
        this.name = name;
        this.organisationId = organisation.value();
        this.keyHash = key.hash();
        this.keyPrefix = key.prefix();
        this.scopes = scopes.stream().map(Scope::value).sorted().collect(Collectors.joining(" "));
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Set<Scope> scopes() {
        return Arrays.stream(scopes.split(" "))
                .map(Scope::fromValue)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant now, String by) {
        if (revokedAt != null) {
            throw new IllegalStateException("Client " + name + " is already revoked");
        }
        this.revokedAt = now;
        this.revokedBy = by;
    }

    /** Notes a use; returns whether the stored time changed (it is kept to the minute). */
    boolean recordUse(Instant now) {
        if (useIsDue(now)) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    /** Whether a use at {@code now} is to be written down (the last use is kept to the minute). */
    boolean useIsDue(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USE_RESOLUTION).isBefore(now);
    }

    /** The oldest last use that a use at {@code now} replaces. */
    static Instant lastUseCutoff(Instant now) {
        return now.minus(LAST_USE_RESOLUTION);
    }
}
