package org.ansim.orders.internal;

import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.settings.PolicySettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff record an order on a case they may see, checked against the limits in force today, with its timers. */
@Service
public class RecordOrder {

    private final Orders orders;
    private final OrderDeadlines deadlines;
    private final PolicySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    RecordOrder(Orders orders, OrderDeadlines deadlines, PolicySettings settings, AuditLog audit, Clock clock) {
        this.orders = orders;
        this.deadlines = deadlines;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    public ProtectiveOrder execute(CaseSummary found, MeasureTerms terms, String recordedBy) {
        var order = orders.save(ProtectiveOrder.record(
                found.id(),
                found.number().value(),
                terms,
                OrderLimits.on(settings, settings.today()),
                null,
                recordedBy,
                clock.instant()));
        deadlines.schedule(order);
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("protective-order", order.id().value()),
                order.label());
        return order;
    }
}
