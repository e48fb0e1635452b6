package org.ansim.conference.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda refreshes that incidents and screenings ask for, gathered into one per window of a few seconds
 * (ansim.conference.agenda-refresh-window, default 5 s) across every node: a durable one-time timer per window, due at
 * its end, scheduled only if that window's timer is not there yet. A burst of referrals (each an incident) then costs
 * one agenda refresh per window instead of one per referral, each of which would lock the meeting and run the rules.
 * Nothing is missed: whoever asks does so after its incident was committed, and the window's timer runs after the
 * window ends, so it reads every incident recorded in it; a request made while a refresh runs falls into a later window.
 */
@Component
class AgendaRefreshes {

    static final String TASK = "conference-agenda-refresh";

    @Configuration(proxyBeanMethods = false)
    static class Timer {
        @Bean
        OneTimeTask<Void> conferenceAgendaRefresh(ObjectProvider<RegularMeetings> regular) {
            return Tasks.oneTime(TASK)
                    .defaultPriority(Priority.LOW)
                    .execute((instance, context) -> regular.getObject().refreshScheduled());
        }
    }

    private final SchedulerClient timers;
    private final OneTimeTask<Void> task;
    private final Duration window;
    private final JdbcClient jdbc;
    private final Clock clock;

    AgendaRefreshes(
            SchedulerClient timers,
            JdbcClient jdbc,
            @Qualifier("conferenceAgendaRefresh") OneTimeTask<Void> task,
            @Value("${ansim.conference.agenda-refresh-window:5s}") Duration window,
            Clock clock) {
        this.timers = timers;
        this.task = task;
        this.window = window.isNegative() || window.isZero() ? Duration.ofSeconds(1) : window;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Asks for a refresh of every agenda still to be held at the end of the current window. Callers of one window take
     * turns (a transaction-scoped advisory lock): two inserting the window's timer at once would make one of them fail
     * on its key and abort the caller's transaction; taking turns, the second finds the first's timer and does nothing.
     */
    @Transactional
    void soon() {
        var length = window.toMillis();
        var current = clock.instant().toEpochMilli() / length;
        jdbc.sql("SELECT pg_advisory_xact_lock(4243, :window)")
                .param("window", (int) (current % Integer.MAX_VALUE))
                .query()
                .singleValue();
        timers.schedule(
                task.instance("window-" + current),
                Instant.ofEpochMilli((current + 1) * length),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_DO_NOTHING);
    }
}
