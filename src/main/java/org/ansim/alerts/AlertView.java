package org.ansim.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An alert as other modules and the console see it, in its latest state.
 *
 * @param outcome the {@link AlertOutcome} name once closed
 * @param escalationStep the highest step of the ladder it climbed while nobody acknowledged it, if any
 */
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
        @Nullable String outcome,
        @Nullable String outcomeNote,
        @Nullable EscalationStep escalationStep) {

    /** Whether the alert is about someone's safety now (its kind's priority is HIGH) and so climbs the ladder. */
    public boolean urgent() {
        return priority == AlertPriority.HIGH;
    }
}
