package org.ansim.orders.internal;

import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The orders module's durable timers (ADR 8), one instance per order: the emergency measure's approval deadline, and
 * the warning before an order lapses. Each fires on whichever node is alive and changes nothing when run twice.
 */
@Configuration(proxyBeanMethods = false)
class OrderTimers {

    static final String APPROVAL_DEADLINE = "orders-emergency-approval-deadline";
    static final String EXPIRY_WARNING = "orders-expiry-warning";

    @Bean
    OneTimeTask<Void> ordersApprovalDeadline(ObjectProvider<OrderDeadlines> deadlines) {
        return Tasks.oneTime(APPROVAL_DEADLINE)
                .defaultPriority(Priority.LOW)
                .execute((instance, context) ->
                        deadlines.getObject().approvalDeadlinePassed(UUID.fromString(instance.getId())));
    }

    @Bean
    OneTimeTask<Void> ordersExpiryWarning(ObjectProvider<OrderDeadlines> deadlines) {
        return Tasks.oneTime(EXPIRY_WARNING)
                .defaultPriority(Priority.LOW)
                .execute((instance, context) -> deadlines.getObject().warnOfLapse(UUID.fromString(instance.getId())));
    }
}
