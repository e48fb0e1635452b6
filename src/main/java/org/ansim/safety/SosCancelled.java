package org.ansim.safety;

import java.time.Instant;
import java.util.UUID;

/**
 * The victim cancelled an SOS with her cancel PIN (or without one, when she set none). Not published for a duress
 * cancellation: then the SOS stays open and a silent alert is raised.
 */
public record SosCancelled(UUID sosId, UUID alertId, String caseNumber, Instant cancelledAt) {}
