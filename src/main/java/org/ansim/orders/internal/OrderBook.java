package org.ansim.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.cases.CaseId;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.SealedValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's orders with their violations, as the staff who may see the case read them. */
@Service
public class OrderBook {

    public record Entry(ProtectiveOrder order, OrderState state, boolean expiring, List<OrderViolation> violations) {}

    private final Orders orders;
    private final Violations violations;
    private final SealedValues sealed;
    private final Clock clock;

    OrderBook(Orders orders, Violations violations, SealedValues sealed, Clock clock) {
        this.orders = orders;
        this.violations = violations;
        this.sealed = sealed;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Entry> of(CaseId caseId) {
        var now = clock.instant();
        var all = orders.findByCaseIdOrderByStartsOnDescRecordedAtDesc(caseId.value());
        Map<UUID, List<OrderViolation>> byOrder = all.isEmpty()
                ? Map.of()
                : violations
                        .findByOrderIdInOrderByOccurredAtDesc(
                                all.stream().map(o -> o.id().value()).toList())
                        .stream()
                        .collect(Collectors.groupingBy(OrderViolation::orderId));
        return all.stream()
                .map(order -> new Entry(
                        order,
                        order.stateOn(now),
                        order.expiringOn(now),
                        byOrder.getOrDefault(order.id().value(), List.of())))
                .toList();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The place of a violation on this case in clear, for the person who says why; audited as a reveal. */
    @Transactional(readOnly = true)
    public String revealPlace(CaseId caseId, UUID violationId, RevealReason reason) {
        var violation = violations.findById(violationId).orElseThrow(() -> new OrderNotFound(violationId));
        orders.findById(violation.orderId())
                .filter(order -> order.caseId().equals(caseId))
                .orElseThrow(() -> new OrderNotFound(violationId));
        return sealed.reveal(violation.place(), OrderViolation.placeOf(violationId), reason)
                .text();
    }
}
