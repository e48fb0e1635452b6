package org.ansim.safety;

import java.time.Instant;
import java.util.UUID;

/** A journey was not ended by arrival before its deadline: a MISSED_ARRIVAL alert was raised. */
public record JourneyEscalated(UUID journeyId, UUID alertId, String caseNumber, Instant escalatedAt) {}
