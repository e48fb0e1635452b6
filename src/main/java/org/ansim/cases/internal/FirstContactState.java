package org.ansim.cases.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where the first contact stands: made, still due (by a day), or overdue. */
public enum FirstContactState {
    MADE,
    DUE,
    OVERDUE;

    static FirstContactState of(LocalDate due, java.time.@Nullable Instant contactedAt, LocalDate today) {
        if (contactedAt != null) {
            return MADE;
        }
        return today.isAfter(due) ? OVERDUE : DUE;
    }
}
