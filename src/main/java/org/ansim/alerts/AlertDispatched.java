package org.ansim.alerts;

import java.time.Instant;

/**
 * A dispatcher sent a guard or a companion for an alert: help is on the way (the victim's phone may say so, never who
 * or where).
 */
public record AlertDispatched(
        AlertId alertId,
        String caseNumber,
        DispatchKind kind,
        String dispatchedBy,
        Instant dispatchedAt,
        long sequence) {}
