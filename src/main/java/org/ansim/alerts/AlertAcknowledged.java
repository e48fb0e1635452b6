package org.ansim.alerts;

import java.time.Instant;

/** A staff member took an alert on. */
public record AlertAcknowledged(
        AlertId alertId, String caseNumber, String acknowledgedBy, Instant acknowledgedAt, long sequence) {}
