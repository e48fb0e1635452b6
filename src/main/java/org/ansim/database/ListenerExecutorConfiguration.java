package org.ansim.database;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the modules' event listeners run (Spring Modulith's {@code @ApplicationModuleListener}, asynchronous, each in a
 * transaction of its own): at most {@value #LISTENERS} at once, so a burst of events does not ask the connection pool
 * for hundreds of connections — and the rest wait in a queue, never the code that hands them over. A listener's own
 * commit hands over the events it published; with a throttle that blocked the caller, a burst in which every running
 * listener did so at once left all of them waiting for each other's places for ever (a node stopped answering the
 * police in the kill test). Events still queued when the node stops are not lost: their publications stay incomplete
 * and are handed out again on restart or by {@link EventRedelivery}.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutorConfiguration {

    static final int LISTENERS = 12;

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.corePoolSize(LISTENERS)
                .maxPoolSize(LISTENERS)
                .queueCapacity(Integer.MAX_VALUE)
                .threadNamePrefix("listener-")
                .build();
    }
}
