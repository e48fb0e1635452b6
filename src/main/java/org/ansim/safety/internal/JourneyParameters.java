package org.ansim.safety.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A journey as the phone starts it.
 *
 * @param graceSeconds empty for the setting's default
 */
public record JourneyParameters(
        UUID clientEventId,
        String destinationLabel,
        Instant expectedArrivalAt,
        @Nullable Integer graceSeconds) {

    String fingerprint() {
        return Secrets.sha256(
                "journey|" + clientEventId + "|" + destinationLabel + "|" + expectedArrivalAt + "|" + graceSeconds);
    }
}
