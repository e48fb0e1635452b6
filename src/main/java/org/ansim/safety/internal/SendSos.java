package org.ansim.safety.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.privacy.SealedValues;
import org.ansim.safety.PhonePrincipal;
import org.ansim.safety.SosReceived;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A victim's phone sends an SOS. It is never refused for its content: a location that is missing or impossible is
 * dropped and flagged, the alert raised all the same, in the same transaction as the SOS is recorded. The phone
 * retries on a bad network with the same clientEventId and gets the first answer.
 */
@Service
public class SendSos {

    /** What the phone sent, as it sent it (location parts may be missing or nonsense). */
    public record Parameters(
            UUID clientEventId,
            @Nullable Instant at,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Double accuracyMeters) {

        String fingerprint() {
            return Secrets.sha256(
                    "sos|" + clientEventId + "|" + at + "|" + latitude + "|" + longitude + "|" + accuracyMeters);
        }
    }

    private final Phones phones;
    private final SosRecords sosRecords;
    private final Alerts alerts;
    private final SealedValues sealing;
    private final RetryKeys retryKeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SendSos(
            Phones phones,
            SosRecords sosRecords,
            Alerts alerts,
            SealedValues sealing,
            RetryKeys retryKeys,
            ApplicationEventPublisher events,
            Clock clock) {
        this.phones = phones;
        this.sosRecords = sosRecords;
        this.alerts = alerts;
        this.sealing = sealing;
        this.retryKeys = retryKeys;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the SOS's alert id (the first answer again for a retry)
     * @throws IdempotencyConflict when the clientEventId was used with another body or by another phone
     */
    @Transactional
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public UUID execute(PhonePrincipal from, Parameters sent) {
        var fingerprint = sent.fingerprint();
        var earlier = retryKeys.firstArrival(
                "sos:" + sent.clientEventId(),
                () -> sosRecords.findByClientEventId(sent.clientEventId()),
                from,
                fingerprint);
        if (earlier.isPresent()) {
            return earlier.get().alertId();
        }
        var phone = phones.findById(from.deviceId()).orElseThrow();
        var now = clock.instant();
        var sosId = UUID.randomUUID();
        var location = Location.ifPossible(sent.latitude(), sent.longitude(), sent.accuracyMeters());
        var quality = location.isPresent()
                ? Sos.LocationQuality.PROVIDED
                : (sent.latitude() == null && sent.longitude() == null
                        ? Sos.LocationQuality.MISSING
                        : Sos.LocationQuality.DROPPED);
        var sealed = location.map(value -> sealing.seal(Location.SEALED, value, Sos.locationOf(sosId)))
                .orElse(null);
        var summary = switch (quality) {
            case PROVIDED -> "SOS from the victim's phone (location sent)";
            case MISSING -> "SOS from the victim's phone (no location)";
            case DROPPED -> "SOS from the victim's phone (impossible location dropped)";
        };
        var alertId = alerts.raise(new RaiseAlert(
                        AlertKind.SOS, phone.caseNumber(), summary, "sos:" + sent.clientEventId(), false))
                .value();
        sosRecords.save(Sos.received(
                sosId,
                sent.clientEventId(),
                fingerprint,
                phone,
                sent.at(),
                now,
                sealed,
                quality,
                Objects.requireNonNull(alertId)));
        events.publishEvent(new SosReceived(sosId, alertId, phone.caseNumber(), location.isPresent(), now));
        return alertId;
    }
}
