package org.ansim.orders.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseId;
import org.ansim.orders.OrderKind;

/** Orders for the rules' tests. */
final class OrderMother {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final OrderLimits LAW = OrderLimits.ofLaw(TODAY);

    private OrderMother() {}

    static MeasureTerms terms(OrderKind kind, String no, LocalDate startsOn, LocalDate endsOn) {
        return new MeasureTerms(kind, no, startsOn, endsOn, 100, true, null);
    }

    static ProtectiveOrder record(MeasureTerms terms) {
        return record(terms, LAW);
    }

    static ProtectiveOrder record(MeasureTerms terms, OrderLimits limits) {
        return ProtectiveOrder.record(
                CaseId.random(), "STK-2026-000001", terms, limits, null, "demo-case-manager", Instant.now());
    }

    static ProtectiveOrder provisional(String no, int months) {
        return record(terms(OrderKind.PROVISIONAL_MEASURE, no, TODAY, TODAY.plusMonths(months)));
    }
}
