package org.ansim.services.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.services.HearingAccompanimentDue;
import org.ansim.settings.PolicySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hearing reminder (ADR 8, a durable timer per legal step): at 09:00 (Asia/Seoul) the setting
 * {@code services.hearing-reminder-days} before the hearing — or at once when that is already past — it puts a line on
 * the case timeline telling the case manager to arrange accompaniment to court, and publishes
 * {@link HearingAccompanimentDue}. It fires once; run twice, it changes nothing. It does not add accompaniment to her
 * plan by itself: only she decides whether she wants it.
 */
@Service
public class HearingReminders {

    static final String TASK = "services-hearing-reminder";
    static final String SETTING = "services.hearing-reminder-days";

    @Configuration(proxyBeanMethods = false)
    static class Timer {
        @Bean
        OneTimeTask<Void> servicesHearingReminder(ObjectProvider<HearingReminders> reminders) {
            return Tasks.oneTime(TASK)
                    .execute((instance, context) -> reminders.getObject().remind(UUID.fromString(instance.getId())));
        }
    }

    private final SchedulerClient timers;
    private final OneTimeTask<Void> task;
    private final PolicySettings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    HearingReminders(
            SchedulerClient timers,
            @Qualifier("servicesHearingReminder") OneTimeTask<Void> task,
            PolicySettings settings,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.timers = timers;
        this.task = task;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    int daysBefore(LocalDate on) {
        return (int) settings.number(SETTING, on);
    }

    /** Sets the reminder in the caller's transaction. */
    void schedule(UUID legalStepId, LocalDate hearingOn, int daysBefore) {
        var at = hearingOn
                .minusDays(daysBefore)
                .atTime(LocalTime.of(9, 0))
                .atZone(PolicySettings.ZONE)
                .toInstant();
        var now = clock.instant();
        timers.schedule(
                task.instance(legalStepId.toString()),
                at.isBefore(now) ? now : at,
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }

    private record Step(UUID caseId, LocalDate hearingOn, String court, int days) {}

    @Transactional
    public void remind(UUID legalStepId) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var claimed = jdbc.sql("""
                        UPDATE services_legal_step SET reminded_at = ?
                         WHERE id = ? AND reminded_at IS NULL AND hearing_on >= ?
                        RETURNING case_id, hearing_on, court, reminder_days""")
                .params(Timestamp.from(now), legalStepId, today)
                .query((rs, n) -> new Step(
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4)))
                .optional();
        claimed.ifPresent(step -> {
            var caseId = new CaseId(step.caseId());
            events.publishEvent(
                    new HearingAccompanimentDue(legalStepId, caseId, step.hearingOn(), step.court(), step.days(), now));
            events.publishEvent(new CaseActivityNoted(
                    caseId, "services", "HEARING_ACCOMPANIMENT_DUE", step.hearingOn() + " " + step.court(), null, now));
            audit.recordAs(
                    "system:" + TASK,
                    "SYSTEM",
                    null,
                    AuditAction.CHANGE,
                    AuditSubject.of("legal-step", legalStepId),
                    "hearing reminder");
        });
    }
}
