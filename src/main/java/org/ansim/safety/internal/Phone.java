package org.ansim.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A victim's enrolled phone: its device token (kept as a hash), revocable by staff, and the victim's two PINs. A PIN
 * entered to cancel an SOS or end a journey is either her cancel PIN, her duress PIN (which looks the same on the
 * phone but raises a silent alert), or wrong.
 */
@Entity
@Table(name = "safety_phone")
public class Phone {

    /** What a PIN entered on the phone turned out to be. */
    public enum PinCheck {
        /** She set no PINs: cancelling needs none. */
        NOT_NEEDED,
        CANCEL,
        DURESS,
        WRONG
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private Instant enrolledAt;

    @Column(nullable = false)
    private String issuedBy;

    private @Nullable Instant lastSeenAt;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;
    private @Nullable String cancelPinHash;
    private @Nullable String duressPinHash;

    @Version
    private Long version;

    protected Phone() {}

    private Phone(UUID id, EnrolmentCode code, String name, String tokenHash, Instant now) {
        this.id = id;
        this.caseId = code.caseId();
        this.caseNumber = code.caseNumber();
        this.name = name;
        this.tokenHash = tokenHash;
        this.enrolledAt = now;
        this.issuedBy = code.issuedBy();
    }

    /** A phone enrolled with {@code code}, which it uses up. */
    static Phone enrol(EnrolmentCode code, String name, String tokenHash, Instant now) {
        var phone = new Phone(UUID.randomUUID(), code, name, tokenHash, now);
        code.useFor(phone.id, now);
        return phone;
    }

    /** The demo phone, enrolled with a well-known token. */
    static Phone demo(UUID id, UUID caseId, String caseNumber, String name, String tokenHash, Instant now) {
        var phone = new Phone();
        phone.id = id;
        phone.caseId = caseId;
        phone.caseNumber = caseNumber;
        phone.name = name;
        phone.tokenHash = tokenHash;
        phone.enrolledAt = now;
        phone.issuedBy = "demo";
        return phone;
    }

    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    /** Sets both PINs at once (hashes); a duress PIN equal to the cancel PIN is refused before it gets here. */
    void setPins(String cancelHash, String duressHash) {
        this.cancelPinHash = Objects.requireNonNull(cancelHash);
        this.duressPinHash = Objects.requireNonNull(duressHash);
    }

    PinCheck check(@Nullable String pin, BiPredicate<String, String> matches) {
        if (cancelPinHash == null || duressPinHash == null) {
            return PinCheck.NOT_NEEDED;
        }
        if (pin == null || pin.isBlank()) {
            return PinCheck.WRONG;
        }
        if (matches.test(pin, duressPinHash)) {
            return PinCheck.DURESS;
        }
        if (matches.test(pin, cancelPinHash)) {
            return PinCheck.CANCEL;
        }
        return PinCheck.WRONG;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public boolean hasPins() {
        return cancelPinHash != null;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String name() {
        return name;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public @Nullable Instant lastSeenAt() {
        return lastSeenAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
