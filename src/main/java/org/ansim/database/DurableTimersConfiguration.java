package org.ansim.database;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Durable timers: deadlines that must fire once, on whichever node is alive, even after a crash (a journey's missed
 * arrival, an alert nobody acknowledged). A module declares its timer as a db-scheduler {@link Task} bean and
 * schedules instances through the {@link com.github.kagkarlsson.scheduler.SchedulerClient} bean; scheduling inside
 * a transaction commits or rolls back with it. Executions live in {@code scheduled_tasks}; a node that dies while
 * running one stops sending heartbeats and another node takes the execution over.
 *
 * <p>Due executions are picked by priority first, then by when they were due: a task that answers for someone's
 * safety right now (a journey's missed arrival) declares {@link com.github.kagkarlsson.scheduler.task.Priority#HIGH},
 * a reminder about something already on a screen (an alert's next escalation step) {@code MEDIUM}, paperwork deadlines
 * measured in days {@code LOW}. Under a flood the first alarms keep their seconds and the reminders wait.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DurableTimersConfiguration.TimerProperties.class)
class DurableTimersConfiguration {

    /**
     * @param pollingInterval how often a node looks for due executions (the lateness of a timer is at most this plus
     *     the time to run it)
     * @param threads executions run at once on a node (they mostly wait on the database: more threads than cores let
     *     concurrent commits share their disk flushes)
     * @param heartbeatInterval how often a running execution says it is alive
     * @param missedHeartbeats after this many missed heartbeats another node takes the execution over
     */
    @ConfigurationProperties("ansim.timers")
    record TimerProperties(
            Duration pollingInterval, Integer threads, Duration heartbeatInterval, Integer missedHeartbeats) {

        TimerProperties {
            pollingInterval = pollingInterval == null ? Duration.ofMillis(500) : pollingInterval;
            threads = threads == null ? 16 : threads;
            heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(5) : heartbeatInterval;
            missedHeartbeats = missedHeartbeats == null ? 4 : missedHeartbeats;
        }
    }

    @Bean(destroyMethod = "stop")
    Scheduler durableTimers(DataSource dataSource, ObjectProvider<Task<?>> tasks, TimerProperties properties) {
        List<Task<?>> known = tasks.orderedStream().toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
                .schedulerName(new SchedulerName.Fixed(nodeName()))
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .pollUsingLockAndFetch(0.5, 1.0)
                .enablePriority()
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Starts the timers once everything else is up. A stopped context (a test context put aside, or the first step
     * of shutting down) only pauses polling, and resumes it on restart; the scheduler itself is stopped when its
     * bean is destroyed, before the database goes away.
     */
    @Bean
    SmartLifecycle durableTimersLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;
            private volatile boolean started;

            @Override
            public synchronized void start() {
                if (started) {
                    scheduler.resume();
                } else {
                    scheduler.start();
                    started = true;
                }
                running = true;
            }

            @Override
            public synchronized void stop() {
                running = false;
                scheduler.pause();
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 1000;
            }
        };
    }

    /** Two nodes on one host (and two test nodes in one JVM) must not share a name: executions are owned by name. */
    private static String nodeName() {
        String host = ManagementFactory.getRuntimeMXBean().getName();
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
