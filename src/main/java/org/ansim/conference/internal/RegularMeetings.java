package org.ansim.conference.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.ansim.conference.ConferenceId;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The regular monthly conference: the next one is always on the calendar, on the day of the month and at the time the
 * settings say, every {@code conference.interval-months}. A daily timer (and the start of the application) makes sure
 * of it; a regular meeting is never inserted twice for the same time, whichever node gets there first.
 */
@Service
public class RegularMeetings {

    static final String TASK = "conference-regular-meetings";

    private final Meetings meetings;
    private final Agenda agenda;
    private final PolicySettings settings;
    private final Clock clock;

    RegularMeetings(Meetings meetings, Agenda agenda, PolicySettings settings, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Puts the next regular meeting on the calendar if it is not there yet (one statement; a second node's insert finds
     * it there), then refreshes the agendas to be held.
     */
    public void ensureNext() {
        var now = clock.instant();
        var next = nextAfter(meetings.findLastRegular().orElse(null), now);
        if (next != null) {
            meetings.insert(
                    new Meeting(ConferenceId.random(), next, true, Meeting.Status.SCHEDULED, "system", null), now);
        }
        refreshScheduled();
    }

    /** Refreshes the agenda of every meeting still to be held, each in its own transaction (one meeting locked at a time). */
    public void refreshScheduled() {
        meetings.scheduled().forEach(meeting -> agenda.refresh(meeting.id()));
    }

    /** The next regular meeting to create, or null when the last one is still to come. */
    @Nullable
    Instant nextAfter(@Nullable Instant lastRegular, Instant now) {
        var today = now.atZone(PolicySettings.ZONE).toLocalDate();
        if (lastRegular != null && lastRegular.isAfter(now)) {
            return null;
        }
        var day = (int) settings.number("conference.meeting-day-of-month", today);
        var time = LocalTime.parse(settings.text("conference.meeting-time", today));
        var interval = (int) settings.number("conference.interval-months", today);
        LocalDate month = lastRegular == null
                ? today.withDayOfMonth(1)
                : lastRegular
                        .atZone(PolicySettings.ZONE)
                        .toLocalDate()
                        .withDayOfMonth(1)
                        .plusMonths(interval);
        while (true) {
            var at = month.withDayOfMonth(day)
                    .atTime(time)
                    .atZone(PolicySettings.ZONE)
                    .toInstant();
            if (at.isAfter(now)) {
                return at;
            }
            month = month.plusMonths(lastRegular == null ? 1 : interval);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Timers {

        @Bean
        RecurringTask<Void> conferenceRegularMeetings(ObjectProvider<RegularMeetings> regular) {
            return Tasks.recurring(TASK, Schedules.daily(ZoneId.of("Asia/Seoul"), LocalTime.of(0, 10)))
                    .execute((instance, context) -> regular.getObject().ensureNext());
        }

        /** The recurring timer's first execution, once per installation, and the next meeting at once. */
        @Bean
        Start conferenceRegularMeetingsStart(
                SchedulerClient timers,
                RecurringTask<Void> conferenceRegularMeetings,
                ObjectProvider<RegularMeetings> regular) {
            return new Start(timers, conferenceRegularMeetings, regular);
        }
    }

    record Start(SchedulerClient timers, RecurringTask<Void> task, ObjectProvider<RegularMeetings> regular) {

        @EventListener(ApplicationReadyEvent.class)
        public void start() {
            timers.scheduleIfNotExists(task.schedulableInstance(RecurringTask.INSTANCE));
            try {
                regular.getObject().ensureNext();
            } catch (RuntimeException failure) {
                // Ansim starts all the same (SOS and journeys do not wait for an agenda); the daily timer tries again.
                LoggerFactory.getLogger(RegularMeetings.class)
                        .error("Could not put the next regular conference on the calendar at start-up", failure);
            }
        }
    }
}
