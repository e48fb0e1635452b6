package org.ansim.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.ansim.settings.PolicySettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to an order after it was recorded: the court's extension, the judge's approval of an emergency measure,
 * and a breach with its time, place (sealed) and evidence. The caller has checked that the person may see the case.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
public class ChangeOrder {

    private final Orders orders;
    private final Violations violations;
    private final OrderDeadlines deadlines;
    private final SealedValues sealed;
    private final PolicySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    ChangeOrder(
            Orders orders,
            Violations violations,
            OrderDeadlines deadlines,
            SealedValues sealed,
            PolicySettings settings,
            AuditLog audit,
            Clock clock) {
        this.orders = orders;
        this.violations = violations;
        this.deadlines = deadlines;
        this.sealed = sealed;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProtectiveOrder extend(CaseSummary found, UUID orderId, LocalDate endsOn, String recordedBy) {
        var order = orderOf(found, orderId);
        order.extend(endsOn, settings.today(), recordedBy, clock.instant());
        var saved = orders.save(order);
        deadlines.schedule(saved);
        audit.record(AuditAction.CHANGE, AuditSubject.of("protective-order", orderId), "extended to " + endsOn);
        return saved;
    }

    @Transactional
    public ProtectiveOrder approve(CaseSummary found, UUID orderId, Instant approvedAt, String recordedBy) {
        if (approvedAt.isAfter(clock.instant().plusSeconds(60))) {
            throw new OrderRejected("approvedAt", "is in the future");
        }
        var order = orderOf(found, orderId);
        order.approve(approvedAt, recordedBy);
        var saved = orders.save(order);
        deadlines.schedule(saved);
        audit.record(AuditAction.CHANGE, AuditSubject.of("protective-order", orderId), "judge's approval");
        return saved;
    }

    @Transactional
    public OrderViolation recordViolation(
            CaseSummary found, UUID orderId, Instant occurredAt, String place, String evidence, String recordedBy) {
        var order = orderOf(found, orderId);
        var now = clock.instant();
        order.noteViolation(occurredAt, now, recordedBy);
        orders.save(order);
        var id = UUID.randomUUID();
        var violation = violations.save(OrderViolation.of(
                id,
                order,
                occurredAt,
                sealed.seal(new SealedNote(place), OrderViolation.placeOf(id)),
                evidence,
                recordedBy,
                now));
        audit.record(AuditAction.CREATE, AuditSubject.of("order-violation", id), order.label());
        return violation;
    }

    private ProtectiveOrder orderOf(CaseSummary found, UUID orderId) {
        return orders.findById(orderId)
                .filter(order -> order.caseId().equals(found.id()))
                .orElseThrow(() -> new OrderNotFound(orderId));
    }
}
