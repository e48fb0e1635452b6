package org.ansim.orders;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseId;
import org.jspecify.annotations.Nullable;

/** An order was recorded on a case (by staff, or taken from a police referral). */
public record ProtectiveOrderRecorded(
        OrderId orderId,
        CaseId caseId,
        OrderKind kind,
        @Nullable String provisionalNo,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean fromPoliceReferral,
        Instant at) {}
