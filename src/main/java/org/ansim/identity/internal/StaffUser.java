package org.ansim.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.Role;
import org.ansim.identity.StaffUserId;

/**
 * A staff account. It guards its own sign-in state: failed attempts lock it for a while, a second factor once
 * enrolled is always asked for, a disabled account cannot sign in.
 */
@Entity
@Table(name = "identity_staff_user")
public class StaffUser {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private String passwordHash;

    private boolean secondFactorRequired;

    private byte[] totpSecret;

    private Long totpLastStep;

    private int failedAttempts;

    private Instant lockedUntil;

    private boolean enabled;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant lastSignInAt;

    @Version
    private long version;

    protected StaffUser() {}

    StaffUser(
            String username,
            String displayName,
            Role role,
            OrganisationId organisation,
            String passwordHash,
            boolean secondFactorRequired,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisation.value();
        this.passwordHash = passwordHash;
        this.secondFactorRequired = secondFactorRequired;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public StaffUserId id() {
        return new StaffUserId(id);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> lastSignInAt() {
        return Optional.ofNullable(lastSignInAt);
    }

    /** Whether this account must pass a second factor: always once enrolled, and for every non-demo account. */
    public boolean needsSecondFactor() {
        return secondFactorRequired || hasTotp();
    }

    public boolean hasTotp() {
        return totpSecret != null;
    }

    Optional<byte[]> totpSecret() {
        return Optional.ofNullable(totpSecret);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A wrong password or code: counts towards the lock-out; reaching the limit locks the account. */
    boolean recordFailedSignIn(Instant now, SignInPolicy policy) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= policy.maxFailedAttempts()) {
            lockedUntil = now.plus(policy.lockout());
            return true;
        }
        return false;
    }

    void recordSuccessfulSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void enrolTotp(byte[] sealedSecret) {
        if (totpSecret != null) {
            throw new IllegalStateException("A second factor is already enrolled; reset it first");
        }
        this.totpSecret = sealedSecret;
    }

    void resetTotp() {
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** A TOTP code of this time step was right; it counts only if no code of this or a later step was used before. */
    boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Changes the role; the caller records the right revoked and the right granted. */
    Role changeRole(Role newRole) {
        var previous = role;
        this.role = newRole;
        return previous;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }
}
