package org.ansim.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An alert as other modules and the console see it, in its latest state. */
public record AlertView(
        AlertId alertId,
        AlertKind kind,
        String caseNumber,
        String summary,
        AlertPriority priority,
        boolean silent,
        AlertStatus status,
        long sequence,
        Instant raisedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        @Nullable String outcome) {}
