package org.ansim.alerts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** For the alerts tests: the dispatches, police calls and escalations this node published. */
@Component
class AlertEventsProbe {

    static final List<AlertDispatched> DISPATCHED = new CopyOnWriteArrayList<>();
    static final List<PoliceCalledForAlert> POLICE_CALLED = new CopyOnWriteArrayList<>();
    static final List<AlertEscalated> ESCALATED = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AlertDispatched event) {
        DISPATCHED.add(event);
    }

    @EventListener
    void on(PoliceCalledForAlert event) {
        POLICE_CALLED.add(event);
    }

    @EventListener
    void on(AlertEscalated event) {
        ESCALATED.add(event);
    }
}
