package org.ansim.safety.internal;

import org.ansim.alerts.AlertDispatched;
import org.ansim.alerts.PoliceCalledForAlert;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When the console sends a guard or companion, or calls the police, the victim's phone says help is on the way. */
@Component
class HelpOnTheWay {

    private final SosOnThePhone sosOnThePhone;

    HelpOnTheWay(SosOnThePhone sosOnThePhone) {
        this.sosOnThePhone = sosOnThePhone;
    }

    @ApplicationModuleListener
    void on(AlertDispatched dispatched) {
        sosOnThePhone.helpDispatched(dispatched.alertId().value());
    }

    @ApplicationModuleListener
    void on(PoliceCalledForAlert called) {
        sosOnThePhone.helpDispatched(called.alertId().value());
    }
}
