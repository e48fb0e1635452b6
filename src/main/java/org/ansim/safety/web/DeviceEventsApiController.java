package org.ansim.safety.web;

import java.time.OffsetDateTime;
import org.ansim.safety.internal.IdempotencyConflict;
import org.ansim.safety.internal.ReceiveDeviceEvent;
import org.ansim.safety.internal.UnknownSerial;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The device gateway's events (INTERFACES.md "Devices in the victim's home"), scope {@code devices:write}. */
@RestController
@PreAuthorize("hasAuthority('SCOPE_devices:write')")
class DeviceEventsApiController {

    private final ReceiveDeviceEvent receive;

    DeviceEventsApiController(ReceiveDeviceEvent receive) {
        this.receive = receive;
    }

    record DeviceEventRequest(
            @Nullable String eventId,
            @Nullable String deviceSerial,
            ReceiveDeviceEvent.@Nullable EventType type,
            @Nullable OffsetDateTime at) {}

    record Recorded(String eventId, @Nullable String alertId) {}

    @PostMapping("/api/v1/device-events")
    ResponseEntity<?> receive(@RequestBody DeviceEventRequest request) {
        var invalid = new Problems.Invalid();
        if (request.eventId() == null
                || request.eventId().isBlank()
                || request.eventId().length() > 100) {
            invalid.add("eventId", "must be 1 to 100 characters");
        }
        if (request.deviceSerial() == null
                || request.deviceSerial().isBlank()
                || request.deviceSerial().length() > 64) {
            invalid.add("deviceSerial", "must be 1 to 64 characters");
        }
        if (request.type() == null) {
            invalid.add("type", "must be BELL_PRESSED, DOORBELL_RING, CCTV_MOTION or DELIVERY_BOX_OPENED");
        }
        if (request.at() == null) {
            invalid.add("at", "is required");
        } else if (request.at().getYear() < 2000 || request.at().getYear() > 2999) {
            invalid.add("at", "is not a possible time");
        }
        if (invalid.any()) {
            return invalid.answer();
        }
        var recorded = receive.execute(new ReceiveDeviceEvent.Parameters(
                request.eventId().strip(),
                request.deviceSerial().strip(),
                request.type(),
                request.at().toInstant()));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Recorded(
                        recorded.eventId(),
                        recorded.alertId() == null ? null : recorded.alertId().toString()));
    }

    @ExceptionHandler(UnknownSerial.class)
    ResponseEntity<ProblemDetail> unknownSerial() {
        return Problems.problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "unknown-device",
                "Unknown device",
                "No device with this serial is issued to a case.");
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<ProblemDetail> conflict() {
        return Problems.conflict();
    }
}
