package org.ansim.database;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** For {@link EventRedeliveryTests}: fails the first delivery of each probe, handles the next. */
@Component
class FailingOnceListener {

    /** An event only this listener hears. */
    record RedeliveryProbe(UUID id) {}

    static final Map<UUID, Integer> ATTEMPTS = new ConcurrentHashMap<>();
    static final Set<UUID> HANDLED = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(RedeliveryProbe probe) {
        if (ATTEMPTS.merge(probe.id(), 1, Integer::sum) == 1) {
            throw new IllegalStateException("The first delivery fails, as with a full connection pool");
        }
        HANDLED.add(probe.id());
    }
}
