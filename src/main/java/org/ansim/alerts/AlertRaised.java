package org.ansim.alerts;

import java.time.Instant;

/** An alert was raised (once per alert, not again for an idempotent repeat). */
public record AlertRaised(
        AlertId alertId,
        AlertKind kind,
        String caseNumber,
        AlertPriority priority,
        boolean silent,
        long sequence,
        Instant raisedAt) {}
