package org.ansim.alerts.internal;

import java.time.Instant;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.DispatchKind;
import org.jspecify.annotations.Nullable;

/**
 * Something a dispatcher did about an alert besides taking it on and closing it: called the police, or sent a guard or
 * a companion. Recorded with who and when.
 */
public record AlertAction(
        UUID id,
        AlertId alertId,
        Kind kind,
        @Nullable DispatchKind dispatchKind,
        @Nullable String note,
        String recordedBy,
        Instant recordedAt) {

    public static final int MAX_NOTE = 500;

    public enum Kind {
        POLICE_CALLED,
        DISPATCHED
    }
}
