package org.ansim.orders;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseId;

/** An order's end was moved by an extension ({@code extension} counts from 1). */
public record ProtectiveOrderExtended(OrderId orderId, CaseId caseId, LocalDate endsOn, int extension, Instant at) {}
