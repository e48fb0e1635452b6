package org.ansim.safety;

import java.time.Instant;
import java.util.UUID;

/** A victim's phone sent an SOS; its alert was raised in the same transaction. */
public record SosReceived(UUID sosId, UUID alertId, String caseNumber, boolean locationKnown, Instant receivedAt) {}
