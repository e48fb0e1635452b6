package org.ansim.alerts;

import java.time.Instant;

/** An alert was closed with an outcome. */
public record AlertClosed(
        AlertId alertId, String caseNumber, String closedBy, Instant closedAt, String outcome, long sequence) {}
