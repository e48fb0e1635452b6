package org.ansim.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.Sealed;
import org.jspecify.annotations.Nullable;

/**
 * An SOS from a victim's phone. Never refused for its content: a missing or impossible location is dropped and
 * flagged. Cancelled by the victim (cancel PIN) it is over for her; cancelled with her duress PIN it looks the same on
 * the phone but stays open for the dispatcher and is marked duress.
 */
@Entity
@Table(name = "safety_sos")
public class Sos implements RetryKeys.FirstArrival {

    /** Whether the SOS came with a usable location. */
    public enum LocationQuality {
        PROVIDED,
        MISSING,
        /** Sent, but impossible (out of range, 0,0, absurd accuracy): dropped. */
        DROPPED
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID clientEventId;

    @Column(nullable = false)
    private String requestHash;

    @Column(nullable = false)
    private UUID phoneId;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String caseNumber;

    private @Nullable Instant sentAt;

    @Column(nullable = false)
    private Instant receivedAt;

    @Convert(converter = LocationConverter.class)
    private @Nullable Sealed<Location> location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LocationQuality locationQuality;

    @Column(nullable = false)
    private UUID alertId;

    private @Nullable Instant cancelledAt;

    @Column(nullable = false)
    private boolean duress;

    private @Nullable UUID duressAlertId;
    private @Nullable Instant helpDispatchedAt;

    @Version
    private Long version;

    protected Sos() {}

    static Sos received(
            UUID id,
            UUID clientEventId,
            String requestHash,
            Phone phone,
            @Nullable Instant sentAt,
            Instant now,
            @Nullable Sealed<Location> location,
            LocationQuality quality,
            UUID alertId) {
        var sos = new Sos();
        sos.id = id;
        sos.clientEventId = clientEventId;
        sos.requestHash = requestHash;
        sos.phoneId = phone.id();
        sos.caseId = phone.caseId();
        sos.caseNumber = phone.caseNumber();
        sos.sentAt = sentAt;
        sos.receivedAt = now;
        sos.location = location;
        sos.locationQuality = quality;
        sos.alertId = alertId;
        return sos;
    }

    /** The victim ended it with her cancel PIN (or none needed). A second cancellation changes nothing. */
    boolean cancel(Instant now) {
        if (cancelledAt != null) {
            return false;
        }
        cancelledAt = now;
        return true;
    }

    /** She "cancelled" under duress: for her phone it is cancelled, for the dispatcher it is open and marked. */
    boolean cancelUnderDuress(Instant now, UUID silentAlert) {
        if (cancelledAt != null) {
            return false;
        }
        cancelledAt = now;
        duress = true;
        duressAlertId = silentAlert;
        return true;
    }

    void helpDispatched(Instant at) {
        if (helpDispatchedAt == null) {
            helpDispatchedAt = at;
        }
    }

    static AssociatedData locationOf(UUID sosId) {
        return AssociatedData.of("safety-sos", sosId, "location");
    }

    public UUID id() {
        return id;
    }

    public UUID clientEventId() {
        return clientEventId;
    }

    public String requestHash() {
        return requestHash;
    }

    public UUID phoneId() {
        return phoneId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }

    public @Nullable Sealed<Location> location() {
        return location;
    }

    public LocationQuality locationQuality() {
        return locationQuality;
    }

    public UUID alertId() {
        return alertId;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean duress() {
        return duress;
    }

    public @Nullable Instant helpDispatchedAt() {
        return helpDispatchedAt;
    }
}
