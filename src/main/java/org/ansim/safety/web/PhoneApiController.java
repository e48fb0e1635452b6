package org.ansim.safety.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.ansim.safety.PhonePrincipal;
import org.ansim.safety.internal.AppOverview;
import org.ansim.safety.internal.IdempotencyConflict;
import org.ansim.safety.internal.Journey;
import org.ansim.safety.internal.JourneyNotRunning;
import org.ansim.safety.internal.JourneyParameters;
import org.ansim.safety.internal.JourneysOnThePhone;
import org.ansim.safety.internal.Location;
import org.ansim.safety.internal.SendSos;
import org.ansim.safety.internal.SetPins;
import org.ansim.safety.internal.SosOnThePhone;
import org.ansim.safety.internal.WrongPin;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The victim's phone (INTERFACES.md "Victim safety app"), authenticated by its device token. Every answer is about this
 * phone's own SOS and journeys; another phone's ids are 404. The SOS is never refused for its content.
 */
@RestController
@PreAuthorize("hasRole('VICTIM_DEVICE')")
class PhoneApiController {

    private final AppOverview overview;
    private final SetPins setPins;
    private final SendSos sendSos;
    private final SosOnThePhone sos;
    private final JourneysOnThePhone journeys;
    private final MessageSource messages;

    PhoneApiController(
            AppOverview overview,
            SetPins setPins,
            SendSos sendSos,
            SosOnThePhone sos,
            JourneysOnThePhone journeys,
            MessageSource messages) {
        this.messages = messages;
        this.overview = overview;
        this.setPins = setPins;
        this.sendSos = sendSos;
        this.sos = sos;
        this.journeys = journeys;
    }

    record Me(
            Contact caseManager,
            List<Appointment> appointments,
            long sosCancelSeconds,
            long defaultGraceSeconds,
            AppOverview.Pins pins,
            @Nullable CurrentJourney activeJourney) {}

    record Contact(String name, String phone) {}

    /** When, what kind (the app words it in its own language) and the same in the request's language. */
    record Appointment(OffsetDateTime at, String kind, String label) {}

    record CurrentJourney(
            String journeyId, String destinationLabel, OffsetDateTime expectedArrivalAt, OffsetDateTime escalatesAt) {}

    @GetMapping("/api/v1/app/me")
    Me me(@AuthenticationPrincipal PhonePrincipal phone, Locale locale) {
        var seen = overview.of(phone);
        return new Me(
                new Contact(seen.caseManager().name(), seen.caseManager().phone()),
                seen.appointments().stream()
                        .map(a -> new Appointment(
                                seoul(a.at()),
                                a.kind().name(),
                                messages.getMessage(
                                        "safety.app.appointment." + a.kind().name(), null, locale)))
                        .toList(),
                seen.sosCancelSeconds(),
                seen.defaultGraceSeconds(),
                seen.pins(),
                seen.activeJourney() == null
                        ? null
                        : new CurrentJourney(
                                seen.activeJourney().journeyId(),
                                seen.activeJourney().destinationLabel(),
                                seoul(seen.activeJourney().expectedArrivalAt()),
                                seoul(seen.activeJourney().escalatesAt())));
    }

    record PinsRequest(@Nullable String cancelPin, @Nullable String duressPin) {}

    @PutMapping("/api/v1/app/pins")
    ResponseEntity<?> pins(@AuthenticationPrincipal PhonePrincipal phone, @RequestBody PinsRequest request) {
        var invalid = new Problems.Invalid();
        if (request.cancelPin() == null || !request.cancelPin().matches("[0-9]{4,8}")) {
            invalid.add("cancelPin", "must be 4 to 8 digits");
        }
        if (request.duressPin() == null || !request.duressPin().matches("[0-9]{4,8}")) {
            invalid.add("duressPin", "must be 4 to 8 digits");
        } else if (request.duressPin().equals(request.cancelPin())) {
            invalid.add("duressPin", "must differ from the cancel PIN");
        }
        if (invalid.any()) {
            return invalid.answer();
        }
        setPins.execute(phone, request.cancelPin(), request.duressPin());
        return ResponseEntity.noContent().build();
    }

    /** Location parts are taken as whatever JSON the phone sent: nonsense is dropped, never a reason to refuse. */
    record SosRequest(
            @Nullable String clientEventId,
            @Nullable JsonNode at,
            @Nullable JsonNode latitude,
            @Nullable JsonNode longitude,
            @Nullable JsonNode accuracyMeters) {}

    record SosAnswer(String alertId) {}

    @PostMapping("/api/v1/app/sos")
    ResponseEntity<?> sos(@AuthenticationPrincipal PhonePrincipal phone, @RequestBody SosRequest request) {
        var clientEventId = uuid(request.clientEventId());
        if (clientEventId.isEmpty()) {
            return new Problems.Invalid().add("clientEventId", "must be a UUID").answer();
        }
        var alertId = sendSos.execute(
                phone,
                new SendSos.Parameters(
                        clientEventId.get(),
                        instant(request.at()),
                        number(request.latitude()),
                        number(request.longitude()),
                        number(request.accuracyMeters())));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new SosAnswer(alertId.toString()));
    }

    record SosStatus(String status) {}

    @GetMapping("/api/v1/app/sos/{alertId}")
    ResponseEntity<?> sosStatus(@AuthenticationPrincipal PhonePrincipal phone, @PathVariable String alertId) {
        return uuid(alertId)
                .flatMap(id -> sos.status(phone, id))
                .<ResponseEntity<?>>map(status -> ResponseEntity.ok(new SosStatus(status.name())))
                .orElseGet(Problems::notFound);
    }

    record PinRequest(@Nullable String pin) {}

    @PostMapping("/api/v1/app/sos/{alertId}/cancellation")
    ResponseEntity<?> cancel(
            @AuthenticationPrincipal PhonePrincipal phone,
            @PathVariable String alertId,
            @RequestBody(required = false) @Nullable PinRequest request) {
        var pin = request == null ? null : request.pin();
        return uuid(alertId)
                .flatMap(id -> sos.cancel(phone, id, pin))
                .<ResponseEntity<?>>map(status -> ResponseEntity.ok(new SosStatus(status.name())))
                .orElseGet(Problems::notFound);
    }

    record JourneyRequest(
            @Nullable String clientEventId,
            @Nullable String destinationLabel,
            @Nullable OffsetDateTime expectedArrivalAt,
            @Nullable Integer graceSeconds) {}

    record JourneyStarted(String journeyId, OffsetDateTime escalatesAt) {}

    @PostMapping("/api/v1/app/journeys")
    ResponseEntity<?> startJourney(@AuthenticationPrincipal PhonePrincipal phone, @RequestBody JourneyRequest request) {
        var invalid = new Problems.Invalid();
        var clientEventId = uuid(request.clientEventId());
        if (clientEventId.isEmpty()) {
            invalid.add("clientEventId", "must be a UUID");
        }
        var label = request.destinationLabel() == null
                ? ""
                : request.destinationLabel().strip();
        if (label.isEmpty() || label.length() > 100) {
            invalid.add("destinationLabel", "must be 1 to 100 characters");
        }
        var now = Instant.now();
        if (request.expectedArrivalAt() == null) {
            invalid.add("expectedArrivalAt", "is required");
        } else if (request.expectedArrivalAt().toInstant().isBefore(now)) {
            invalid.add("expectedArrivalAt", "is in the past");
        } else if (request.expectedArrivalAt().toInstant().isAfter(now.plus(Journey.MAX_AHEAD))) {
            invalid.add("expectedArrivalAt", "is more than 24 hours ahead");
        }
        if (request.graceSeconds() != null
                && (request.graceSeconds() < 0 || request.graceSeconds() > Journey.MAX_GRACE_SECONDS)) {
            invalid.add("graceSeconds", "must be 0 to 3600");
        }
        if (invalid.any()) {
            return invalid.answer();
        }
        var started = journeys.start(
                phone,
                new JourneyParameters(
                        clientEventId.orElseThrow(),
                        label,
                        // PostgreSQL keeps microseconds: the first answer and a retry's must be the same
                        request.expectedArrivalAt().toInstant().truncatedTo(ChronoUnit.MICROS),
                        request.graceSeconds()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new JourneyStarted(started.journeyId().toString(), seoul(started.escalatesAt())));
    }

    record JourneyView(
            String journeyId,
            String destinationLabel,
            OffsetDateTime expectedArrivalAt,
            int graceSeconds,
            OffsetDateTime escalatesAt,
            String status) {}

    @GetMapping("/api/v1/app/journeys/current")
    ResponseEntity<?> current(@AuthenticationPrincipal PhonePrincipal phone) {
        return journeys.current(phone)
                .<ResponseEntity<?>>map(journey -> ResponseEntity.ok(new JourneyView(
                        journey.id().toString(),
                        journey.destinationLabel(),
                        seoul(journey.expectedArrivalAt()),
                        journey.graceSeconds(),
                        seoul(journey.escalatesAt()),
                        journey.status().name())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    record PositionRequest(
            @Nullable OffsetDateTime at,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Double accuracyMeters) {}

    @PostMapping("/api/v1/app/journeys/{id}/positions")
    ResponseEntity<?> position(
            @AuthenticationPrincipal PhonePrincipal phone,
            @PathVariable String id,
            @RequestBody PositionRequest request) {
        var journeyId = uuid(id);
        if (journeyId.isEmpty()) {
            return Problems.notFound();
        }
        var invalid = new Problems.Invalid();
        if (request.latitude() == null || request.latitude() < -90 || request.latitude() > 90) {
            invalid.add("latitude", "must be -90 to 90");
        }
        if (request.longitude() == null || request.longitude() < -180 || request.longitude() > 180) {
            invalid.add("longitude", "must be -180 to 180");
        }
        if (request.accuracyMeters() != null && (request.accuracyMeters() < 0 || request.accuracyMeters() > 100_000)) {
            invalid.add("accuracyMeters", "must be 0 to 100000");
        }
        var now = Instant.now();
        if (request.at() != null
                && (request.at().toInstant().isAfter(now.plusSeconds(300))
                        || request.at().toInstant().isBefore(now.minus(Journey.MAX_AHEAD.multipliedBy(2))))) {
            invalid.add("at", "is not a time of this journey");
        }
        Location location = null;
        if (!invalid.any()) {
            try {
                location = new Location(request.latitude(), request.longitude(), request.accuracyMeters());
            } catch (IllegalArgumentException impossible) {
                invalid.add("latitude", "is not a possible position");
            }
        }
        if (invalid.any() || location == null) {
            return invalid.answer();
        }
        var at = request.at() == null ? now : request.at().toInstant();
        return journeys.recordPosition(phone, journeyId.get(), at, location)
                .<ResponseEntity<?>>map(journey -> ResponseEntity.noContent().build())
                .orElseGet(Problems::notFound);
    }

    record Arrived(String journeyId, String status) {}

    @PostMapping("/api/v1/app/journeys/{id}/arrival")
    ResponseEntity<?> arrival(
            @AuthenticationPrincipal PhonePrincipal phone,
            @PathVariable String id,
            @RequestBody(required = false) @Nullable PinRequest request) {
        var pin = request == null ? null : request.pin();
        return uuid(id).flatMap(journeyId -> journeys.arrive(phone, journeyId, pin))
                .<ResponseEntity<?>>map(
                        journey -> ResponseEntity.ok(new Arrived(journey.id().toString(), "ARRIVED")))
                .orElseGet(Problems::notFound);
    }

    record ExtensionRequest(
            @Nullable Integer minutes, @Nullable String pin) {}

    record Extended(String journeyId, OffsetDateTime escalatesAt) {}

    @PostMapping("/api/v1/app/journeys/{id}/extension")
    ResponseEntity<?> extension(
            @AuthenticationPrincipal PhonePrincipal phone,
            @PathVariable String id,
            @RequestBody ExtensionRequest request) {
        var journeyId = uuid(id);
        if (journeyId.isEmpty()) {
            return Problems.notFound();
        }
        if (request.minutes() == null || request.minutes() < 1 || request.minutes() > Journey.MAX_EXTENSION_MINUTES) {
            return new Problems.Invalid()
                    .add("minutes", "must be 1 to " + Journey.MAX_EXTENSION_MINUTES)
                    .answer();
        }
        return journeys.extend(phone, journeyId.get(), request.minutes(), request.pin())
                .<ResponseEntity<?>>map(
                        to -> ResponseEntity.ok(new Extended(journeyId.get().toString(), seoul(to))))
                .orElseGet(Problems::notFound);
    }

    @ExceptionHandler(WrongPin.class)
    ResponseEntity<ProblemDetail> wrongPin() {
        return Problems.problem(
                HttpStatus.UNPROCESSABLE_ENTITY, "wrong-pin", "Wrong PIN", "The PIN is not right. Try again.");
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<ProblemDetail> conflict() {
        return Problems.conflict();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidValue() {
        return Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Bad Request", "Some fields are invalid.");
    }

    @ExceptionHandler(JourneyNotRunning.class)
    ResponseEntity<ProblemDetail> journeyEnded() {
        return Problems.problem(
                HttpStatus.CONFLICT,
                "journey-ended",
                "Journey ended",
                "This journey has ended or its time has passed.");
    }

    static OffsetDateTime seoul(Instant at) {
        return at.atZone(PolicySettings.ZONE).toOffsetDateTime();
    }

    static Optional<UUID> uuid(@Nullable String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static @Nullable Double number(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isString()) {
            try {
                return Double.valueOf(node.asString().strip());
            } catch (NumberFormatException notANumber) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static @Nullable Instant instant(@Nullable JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asString().strip()).toInstant();
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
