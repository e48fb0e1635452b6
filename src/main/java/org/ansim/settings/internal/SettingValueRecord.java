package org.ansim.settings.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One recorded value of a setting, as its history shows it. Never changed, except that a future one may be cancelled. */
public record SettingValueRecord(
        long id,
        String key,
        String value,
        LocalDate validFrom,
        Instant recordedAt,
        String recordedBy,
        String reason,
        boolean cancelled,
        @Nullable Instant cancelledAt,
        @Nullable String cancelledBy,
        @Nullable String cancelReason) {

    /** Not cancelled and not yet in force on {@code today}: the only kind of value that may still be cancelled. */
    public boolean isScheduledAfter(LocalDate today) {
        return !cancelled && validFrom.isAfter(today);
    }
}
