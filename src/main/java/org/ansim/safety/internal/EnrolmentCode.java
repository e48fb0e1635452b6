package org.ansim.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A one-time code that enrols one phone for a case: valid 24 hours, used once, kept only as a hash. */
@Entity
@Table(name = "safety_enrolment_code")
public class EnrolmentCode {

    static final Duration VALIDITY = Duration.ofHours(24);

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String codeHash;

    @Column(nullable = false)
    private String issuedBy;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private @Nullable Instant usedAt;
    private @Nullable UUID phoneId;

    @Version
    private Long version;

    protected EnrolmentCode() {}

    static EnrolmentCode issue(UUID caseId, String caseNumber, String codeHash, String issuedBy, Instant now) {
        var code = new EnrolmentCode();
        code.id = UUID.randomUUID();
        code.caseId = caseId;
        code.caseNumber = caseNumber;
        code.codeHash = codeHash;
        code.issuedBy = issuedBy;
        code.issuedAt = now;
        code.expiresAt = now.plus(VALIDITY);
        return code;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void useFor(UUID phone, Instant now) {
        if (!usableAt(now)) {
            throw new InvalidEnrolmentCode();
        }
        usedAt = now;
        phoneId = phone;
    }

    UUID caseId() {
        return caseId;
    }

    String caseNumber() {
        return caseNumber;
    }

    String issuedBy() {
        return issuedBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
