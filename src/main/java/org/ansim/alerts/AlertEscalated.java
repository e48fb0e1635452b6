package org.ansim.alerts;

import java.time.Instant;
import org.ansim.identity.Role;

/**
 * Nobody acknowledged an urgent alert in time: it climbed one step of the ladder and {@code notified} was told. A
 * module that reaches people outside the console (the police system, a messenger) listens to this.
 */
public record AlertEscalated(
        AlertId alertId,
        String caseNumber,
        EscalationStep step,
        Role notified,
        Instant dueAt,
        Instant escalatedAt,
        long sequence) {}
