package org.ansim.database;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** For {@link DurableTimersTests}: a timer that notes when, and how often, each of its instances fired. */
@Configuration(proxyBeanMethods = false)
class TimerProbe {

    static final Map<String, Instant> FIRED_AT = new ConcurrentHashMap<>();
    static final Map<String, Integer> FIRINGS = new ConcurrentHashMap<>();

    @Bean
    OneTimeTask<Void> timerProbeTask() {
        return Tasks.oneTime("timer-probe").execute((instance, context) -> {
            FIRED_AT.putIfAbsent(instance.getId(), Instant.now());
            FIRINGS.merge(instance.getId(), 1, Integer::sum);
        });
    }
}
