package org.ansim.orders;

import java.time.Instant;
import org.ansim.cases.CaseId;

/** A breach of an order was recorded: a new incident for the case (the conference counts it). */
public record OrderViolated(OrderId orderId, CaseId caseId, Instant occurredAt, Instant recordedAt) {}
