package org.ansim.orders.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an order's timers in the caller's transaction, and does what they say when they fire: cancels an emergency
 * measure the judge did not approve in time, and raises an {@code ORDER_EXPIRING} alert (once per order and end date)
 * when an order is about to lapse.
 */
@Service
public class OrderDeadlines {

    private final Orders orders;
    private final SchedulerClient timers;
    private final OneTimeTask<Void> approvalDeadline;
    private final OneTimeTask<Void> expiryWarning;
    private final Alerts alerts;
    private final AuditLog audit;
    private final Clock clock;

    OrderDeadlines(
            Orders orders,
            SchedulerClient timers,
            @Qualifier("ordersApprovalDeadline") OneTimeTask<Void> approvalDeadline,
            @Qualifier("ordersExpiryWarning") OneTimeTask<Void> expiryWarning,
            Alerts alerts,
            AuditLog audit,
            Clock clock) {
        this.orders = orders;
        this.timers = timers;
        this.approvalDeadline = approvalDeadline;
        this.expiryWarning = expiryWarning;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets (or moves) the order's timers; an order cancelled or lapsed needs none. */
    void schedule(ProtectiveOrder order) {
        var id = order.id().value().toString();
        var now = clock.instant();
        if (order.approvalDueAt() != null && order.approvedAt() == null && order.cancelledAt() == null) {
            timers.schedule(
                    approvalDeadline.instance(id),
                    order.approvalDueAt(),
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } else {
            cancel(approvalDeadline, id);
        }
        if (order.cancelledAt() == null && now.isBefore(order.lapsesAt())) {
            var at = order.warnAt().isBefore(now) ? now : order.warnAt();
            timers.schedule(expiryWarning.instance(id), at, SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } else {
            cancel(expiryWarning, id);
        }
    }

    @Transactional
    public void approvalDeadlinePassed(UUID orderId) {
        orders.findById(orderId).ifPresent(order -> {
            if (order.cancelUnlessApproved(clock.instant())) {
                orders.save(order);
                audit.recordAs(
                        "system:orders-approval-deadline",
                        "SYSTEM",
                        null,
                        AuditAction.CHANGE,
                        AuditSubject.of("protective-order", orderId),
                        "cancelled: no judge's approval in time");
            }
        });
    }

    @Transactional
    public void warnOfLapse(UUID orderId) {
        orders.findById(orderId).ifPresent(order -> {
            if (!order.expiringOn(clock.instant())) {
                return;
            }
            var ends = order.endsOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
            alerts.raise(new RaiseAlert(
                    AlertKind.ORDER_EXPIRING,
                    order.caseNumber(),
                    "%s ends on %s%s"
                            .formatted(
                                    order.label(),
                                    ends,
                                    order.mayStillBeExtended() ? ": request an extension" : ": no extension left"),
                    "order-expiring:" + orderId + ":" + ends,
                    false));
        });
    }

    /**
     * Cancels a timer that is waiting; one that is running right now is left to finish, since every timer checks the
     * order's state when it fires.
     */
    private void cancel(OneTimeTask<Void> task, String id) {
        var instance = task.instance(id);
        if (timers.getScheduledExecution(instance).filter(e -> !e.isPicked()).isPresent()) {
            timers.cancel(instance);
        }
    }
}
