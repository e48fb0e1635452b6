package org.ansim.safety.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The module's durable timers (ADR 8): each journey's escalation, and the daily destruction of old positions. */
@Configuration(proxyBeanMethods = false)
class SafetyTimers {

    static final String RETENTION_TASK = "safety-position-retention";

    @Bean
    OneTimeTask<Void> journeyEscalationTask(ObjectProvider<EscalateJourney> escalate) {
        return Tasks.oneTime(JourneyDeadlines.TASK)
                .defaultPriority(Priority.HIGH)
                .execute((instance, context) -> escalate.getObject().execute(UUID.fromString(instance.getId())));
    }

    @Bean
    RecurringTask<Void> positionRetentionTask(ObjectProvider<PositionRetention> retention) {
        return Tasks.recurring(RETENTION_TASK, Schedules.daily(ZoneId.of("Asia/Seoul"), LocalTime.of(3, 30)))
                .defaultPriority(Priority.LOW)
                .execute((instance, context) -> retention.getObject().execute());
    }

    /** The recurring timer's first execution, once per installation (a second node finds it and adds nothing). */
    @Bean
    RetentionStart retentionStart(SchedulerClient timers, RecurringTask<Void> positionRetentionTask) {
        return new RetentionStart(timers, positionRetentionTask);
    }

    record RetentionStart(SchedulerClient timers, RecurringTask<Void> task) {

        @EventListener(ApplicationReadyEvent.class)
        public void start() {
            timers.scheduleIfNotExists(task.schedulableInstance(RecurringTask.INSTANCE));
        }
    }
}
