package org.ansim.orders;

import java.time.Instant;
import org.ansim.cases.CaseId;

/** An order stopped before its end: an emergency measure without the judge's approval in time. */
public record ProtectiveOrderCancelled(OrderId orderId, CaseId caseId, String reason, Instant at) {}
