package org.ansim.safety.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A journey's deadline as a durable timer: a db-scheduler execution of {@value #TASK} whose instance id is the
 * journey's id. Set, moved and cancelled in the caller's transaction (ADR 8), so a journey and its timer commit
 * together.
 */
@Component
class JourneyDeadlines {

    static final String TASK = "safety-journey-escalation";

    private final SchedulerClient timers;

    JourneyDeadlines(SchedulerClient timers) {
        this.timers = timers;
    }

    void set(UUID journey, Instant at) {
        timers.scheduleIfNotExists(new TaskInstance<Void>(TASK, journey.toString()), at);
    }

    /** @return false when the timer is firing right now (too late to move it) */
    boolean move(UUID journey, Instant to) {
        try {
            return timers.reschedule(TaskInstanceId.of(TASK, journey.toString()), to);
        } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException tooLate) {
            return false;
        }
    }

    /** Cancels the timer; one that already fired or is firing now finds the journey ended and does nothing. */
    void cancel(UUID journey) {
        try {
            timers.cancel(TaskInstanceId.of(TASK, journey.toString()));
        } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException alreadyFiring) {
            // the escalation sees the journey's state under its row lock
        }
    }
}
