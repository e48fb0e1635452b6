package org.ansim.safety.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.SealedValues;
import org.ansim.safety.PhonePrincipal;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safe return home, as the phone drives it: start (the deadline set as a durable timer in the same transaction),
 * positions while on the way, arrival (the timer cancelled), extension (the timer moved), the current journey. Ending
 * or extending with her duress PIN does what she asked on the phone and raises a silent alert.
 */
@Service
public class JourneysOnThePhone {

    static final String GRACE = "safety.journey-grace-seconds";
    static final String RETENTION = "safety.position-retention-days";

    /** A started journey's first answer. */
    public record Started(UUID journeyId, Instant escalatesAt) {}

    private final Journeys journeys;
    private final Phones phones;
    private final JourneyDeadlines deadlines;
    private final PolicySettings settings;
    private final RetryKeys retryKeys;
    private final SealedValues sealing;
    private final Alerts alerts;
    private final PasswordEncoder pins;
    private final JdbcClient jdbc;
    private final Clock clock;

    JourneysOnThePhone(
            Journeys journeys,
            Phones phones,
            JourneyDeadlines deadlines,
            PolicySettings settings,
            RetryKeys retryKeys,
            SealedValues sealing,
            Alerts alerts,
            PasswordEncoder pins,
            JdbcClient jdbc,
            Clock clock) {
        this.journeys = journeys;
        this.phones = phones;
        this.deadlines = deadlines;
        this.settings = settings;
        this.retryKeys = retryKeys;
        this.sealing = sealing;
        this.alerts = alerts;
        this.pins = pins;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The setting's grace today, for a journey that names none. */
    public int defaultGraceSeconds() {
        return (int) settings.numberToday(GRACE);
    }

    /**
     * @throws IllegalArgumentException for an expected arrival in the past or more than 24 h ahead, or a grace
     *     outside 0..3600
     * @throws IdempotencyConflict when the clientEventId was used with another body or by another phone
     */
    @Transactional
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Started start(PhonePrincipal from, JourneyParameters journey) {
        var fingerprint = journey.fingerprint();
        var earlier = retryKeys.firstArrival(
                "journey:" + journey.clientEventId(),
                () -> journeys.findByClientEventId(journey.clientEventId()),
                from,
                fingerprint);
        if (earlier.isPresent()) {
            return new Started(earlier.get().id(), earlier.get().firstEscalatesAt());
        }
        var phone = phones.findById(from.deviceId()).orElseThrow();
        var today = settings.today();
        var grace = journey.graceSeconds() != null ? journey.graceSeconds() : (int) settings.number(GRACE, today);
        var started = Journey.start(
                journey.clientEventId(),
                fingerprint,
                phone,
                journey.destinationLabel().strip(),
                journey.expectedArrivalAt(),
                grace,
                (int) settings.number(RETENTION, today),
                clock.instant());
        journeys.saveAndFlush(started);
        deadlines.set(started.id(), started.escalatesAt());
        return new Started(started.id(), started.escalatesAt());
    }

    /** The phone's latest journey still on its way. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Optional<Journey> current(PhonePrincipal phone) {
        return journeys.findFirstByPhoneIdAndStatusOrderByStartedAtDesc(phone.deviceId(), Journey.Status.RUNNING);
    }

    /**
     * Stores a position (sealed) while the journey takes them.
     *
     * @return empty when the phone has no such journey
     * @throws JourneyNotRunning when she has arrived
     */
    @Transactional
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Optional<Journey> recordPosition(PhonePrincipal from, UUID journeyId, Instant at, Location where) {
        var found =
                journeys.findById(journeyId).filter(journey -> journey.phoneId().equals(from.deviceId()));
        found.ifPresent(journey -> {
            if (!journey.takesPositions()) {
                throw new JourneyNotRunning();
            }
            var positionKey = UUID.randomUUID();
            var sealed = sealing.seal(Location.SEALED, where, positionOf(journeyId, positionKey));
            jdbc.sql("""
                            INSERT INTO safety_journey_position (journey_id, at, received_at, location, seal_key)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(
                            journeyId,
                            Timestamp.from(at),
                            Timestamp.from(clock.instant()),
                            sealed.ciphertext(),
                            positionKey)
                    .update();
        });
        return found;
    }

    static AssociatedData positionOf(UUID journeyId, UUID positionKey) {
        return AssociatedData.of("safety-journey", journeyId, "position-" + positionKey);
    }

    /**
     * "I'm home": the timer is cancelled. With the duress PIN it looks the same, and a silent alert is raised.
     *
     * @return empty when the phone has no such journey
     * @throws WrongPin when PINs are set and the one given (if any) is neither
     */
    @Transactional(noRollbackFor = WrongPin.class)
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Optional<Journey> arrive(PhonePrincipal from, UUID journeyId, @Nullable String pin) {
        var found = journeys.lock(journeyId).filter(journey -> journey.phoneId().equals(from.deviceId()));
        found.ifPresent(journey -> {
            checkPin(from, journey, pin, "Duress PIN entered to end a journey home: she may not be safe");
            journey.arrive(clock.instant());
            deadlines.cancel(journey.id());
        });
        return found;
    }

    /**
     * "I need more minutes": the timer moves. With the duress PIN it looks the same, and a silent alert is raised.
     *
     * @return empty when the phone has no such journey
     * @throws JourneyNotRunning when it ended or its deadline has passed
     * @throws WrongPin when PINs are set and a PIN given is neither
     */
    @Transactional(noRollbackFor = WrongPin.class)
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Optional<Instant> extend(PhonePrincipal from, UUID journeyId, int minutes, @Nullable String pin) {
        var found = journeys.lock(journeyId).filter(journey -> journey.phoneId().equals(from.deviceId()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var journey = found.get();
        if (pin != null) {
            checkPin(from, journey, pin, "Duress PIN entered to extend a journey home: she may not be safe");
        }
        var to = journey.extend(minutes, clock.instant());
        if (!deadlines.move(journey.id(), to)) {
            throw new JourneyNotRunning();
        }
        return Optional.of(to);
    }

    private void checkPin(PhonePrincipal from, Journey journey, @Nullable String pin, String duressSummary) {
        var phone = phones.findById(from.deviceId()).orElseThrow();
        switch (phone.check(pin, pins::matches)) {
            case WRONG -> throw new WrongPin();
            case DURESS -> {
                var silent = alerts.raise(new RaiseAlert(
                                AlertKind.SOS,
                                journey.caseNumber(),
                                duressSummary,
                                "duress:journey:" + journey.id(),
                                true))
                        .value();
                journey.duressRaised(silent);
            }
            case CANCEL, NOT_NEEDED -> {}
        }
    }
}
