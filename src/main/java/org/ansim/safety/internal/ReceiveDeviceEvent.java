package org.ansim.safety.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event from a device in a victim's home, sent by the device gateway. Idempotent on the gateway's eventId. An
 * emergency bell raises an alert like an SOS; a doorbell ring raises one at night (settings, Seoul time); everything
 * else is recorded only.
 */
@Service
public class ReceiveDeviceEvent {

    static final String NIGHT_FROM = "safety.doorbell-night-from-hour";
    static final String NIGHT_UNTIL = "safety.doorbell-night-until-hour";

    /** What the gateway reports. */
    public enum EventType {
        BELL_PRESSED,
        DOORBELL_RING,
        CCTV_MOTION,
        DELIVERY_BOX_OPENED
    }

    /** The gateway's event. */
    public record Parameters(String eventId, String deviceSerial, EventType type, Instant at) {

        String fingerprint() {
            return Secrets.sha256("device|" + eventId + "|" + deviceSerial + "|" + type + "|" + at);
        }
    }

    /** The answer, the same for every retry. */
    public record Recorded(String eventId, @Nullable UUID alertId) {}

    private final HomeDevices devices;
    private final Alerts alerts;
    private final PolicySettings settings;
    private final RetryKeys retryKeys;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReceiveDeviceEvent(
            HomeDevices devices,
            Alerts alerts,
            PolicySettings settings,
            RetryKeys retryKeys,
            JdbcClient jdbc,
            Clock clock) {
        this.devices = devices;
        this.alerts = alerts;
        this.settings = settings;
        this.retryKeys = retryKeys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Earlier(String requestHash, @Nullable UUID alertId) {}

    /**
     * @throws UnknownSerial when no case has a device with this serial
     * @throws IdempotencyConflict when the eventId was used with another body
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_devices:write')")
    public Recorded execute(Parameters event) {
        retryKeys.lock("device-event:" + event.eventId());
        var fingerprint = event.fingerprint();
        var earlier = jdbc.sql("SELECT request_hash, alert_id FROM safety_device_event WHERE event_id = ?")
                .param(event.eventId())
                .query((rs, n) -> new Earlier(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(fingerprint)) {
                throw new IdempotencyConflict();
            }
            return new Recorded(event.eventId(), earlier.get().alertId());
        }
        var device = devices.findBySerial(event.deviceSerial()).orElseThrow(UnknownSerial::new);
        var alertId = raisesAlert(event, device)
                ? alerts.raise(new RaiseAlert(
                                AlertKind.DEVICE,
                                device.caseNumber(),
                                summary(event.type()),
                                "device:" + event.eventId(),
                                false))
                        .value()
                : null;
        jdbc.sql("""
                        INSERT INTO safety_device_event (event_id, request_hash, device_id, type, occurred_at, received_at, alert_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        event.eventId(),
                        fingerprint,
                        device.id(),
                        event.type().name(),
                        Timestamp.from(event.at()),
                        Timestamp.from(clock.instant()),
                        alertId)
                .update();
        return new Recorded(event.eventId(), alertId);
    }

    private boolean raisesAlert(Parameters event, HomeDevices.IssuedDevice device) {
        return switch (event.type()) {
            case BELL_PRESSED -> true;
            case DOORBELL_RING -> atNight(event.at());
            case CCTV_MOTION, DELIVERY_BOX_OPENED -> false;
        };
    }

    /** Between the night window's hours in Seoul, read from the settings in force on that day. */
    boolean atNight(Instant at) {
        var local = ZonedDateTime.ofInstant(at, PolicySettings.ZONE);
        LocalDate day = local.toLocalDate();
        var from = (int) settings.number(NIGHT_FROM, day);
        var until = (int) settings.number(NIGHT_UNTIL, day);
        var hour = local.getHour();
        return from <= until ? hour >= from && hour < until : hour >= from || hour < until;
    }

    private static String summary(EventType type) {
        return switch (type) {
            case BELL_PRESSED -> "Emergency bell pressed at the victim's home";
            case DOORBELL_RING -> "Doorbell rang at night at the victim's home";
            case CCTV_MOTION -> "Home CCTV detected motion";
            case DELIVERY_BOX_OPENED -> "Safe delivery box opened";
        };
    }
}
