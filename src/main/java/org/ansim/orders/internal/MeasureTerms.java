package org.ansim.orders.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.orders.OrderKind;
import org.jspecify.annotations.Nullable;

/** An order as a measure of INTERFACES.md describes it, with the judge's approval where it is already known. */
public record MeasureTerms(
        OrderKind kind,
        @Nullable String provisionalNo,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable Integer approachBanMeters,
        @Nullable Boolean telecomBan,
        @Nullable Instant approvedAt) {}
