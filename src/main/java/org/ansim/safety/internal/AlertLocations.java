package org.ansim.safety.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where to send help for a safety alert: the SOS's position, or the journey's last position, revealed (and audited)
 * for the dispatcher while the alert is open; the case it belongs to, for the registered home.
 */
@Service
public class AlertLocations {

    /** What raised the alert. */
    public enum Source {
        SOS,
        JOURNEY,
        DEVICE
    }

    /** The safety record behind an alert. */
    public record AlertSource(
            Source source,
            UUID recordId,
            UUID caseId,
            String caseNumber,
            @Nullable String detail,
            boolean duress) {}

    /** A revealed position. */
    public record Position(
            double latitude, double longitude, @Nullable Double accuracyMeters, Instant at) {}

    private final SosRecords sosRecords;
    private final Journeys journeys;
    private final SealedValues sealedValues;
    private final JdbcClient jdbc;

    AlertLocations(SosRecords sosRecords, Journeys journeys, SealedValues sealedValues, JdbcClient jdbc) {
        this.sosRecords = sosRecords;
        this.journeys = journeys;
        this.sealedValues = sealedValues;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<AlertSource> sourceOf(UUID alertId) {
        var sos = sosRecords.findByAlertId(alertId).or(() -> sosRecords.findByDuressAlertId(alertId));
        if (sos.isPresent()) {
            var found = sos.get();
            return Optional.of(new AlertSource(
                    Source.SOS,
                    found.id(),
                    found.caseId(),
                    found.caseNumber(),
                    found.locationQuality().name(),
                    found.duress()));
        }
        var journey = journeys.findByAlertId(alertId).or(() -> journeys.findByDuressAlertId(alertId));
        if (journey.isPresent()) {
            var found = journey.get();
            return Optional.of(new AlertSource(
                    Source.JOURNEY,
                    found.id(),
                    found.caseId(),
                    found.caseNumber(),
                    found.destinationLabel(),
                    !alertId.equals(found.alertId())));
        }
        return jdbc.sql("""
                        SELECT d.id, d.case_id, d.case_number, d.type FROM safety_device_event e
                          JOIN safety_home_device d ON d.id = e.device_id WHERE e.alert_id = ?""")
                .param(alertId)
                .query((rs, n) -> new AlertSource(
                        Source.DEVICE,
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        false))
                .optional();
    }

    /** Reveals where the SOS was sent from, or the journey's last position; audited with {@code reason}. */
    @Transactional
    public Optional<Position> revealPosition(AlertSource source, RevealReason reason) {
        return switch (source.source()) {
            case SOS ->
                sosRecords.findById(source.recordId()).flatMap(sos -> {
                    var sealed = sos.location();
                    if (sealed == null) {
                        return Optional.empty();
                    }
                    var at = sos.sentAt() != null ? sos.sentAt() : sos.receivedAt();
                    return Optional.of(position(sealed, Sos.locationOf(sos.id()), reason, at));
                });
            case JOURNEY -> lastPosition(source.recordId(), reason);
            case DEVICE -> Optional.empty();
        };
    }

    private Optional<Position> lastPosition(UUID journeyId, RevealReason reason) {
        record Stored(byte[] location, UUID sealKey, Instant at) {}
        return jdbc.sql("""
                        SELECT location, seal_key, at FROM safety_journey_position
                         WHERE journey_id = ? ORDER BY at DESC, id DESC LIMIT 1""")
                .param(journeyId)
                .query((rs, n) -> new Stored(
                        rs.getBytes(1),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .optional()
                .map(stored -> position(
                        Sealed.of(Location.SEALED, stored.location()),
                        JourneysOnThePhone.positionOf(journeyId, stored.sealKey()),
                        reason,
                        stored.at()));
    }

    private Position position(Sealed<Location> sealed, AssociatedData where, RevealReason reason, Instant at) {
        var location = sealedValues.reveal(sealed, where, reason);
        return new Position(location.latitude(), location.longitude(), location.accuracyMeters(), at);
    }
}
