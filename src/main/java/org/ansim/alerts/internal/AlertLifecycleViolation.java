package org.ansim.alerts.internal;

import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertStatus;

/** An action the alert's current state does not allow, e.g. acknowledging a closed alert. */
public class AlertLifecycleViolation extends RuntimeException {

    private final AlertStatus status;

    AlertLifecycleViolation(AlertId id, AlertStatus status, String action) {
        super("Cannot " + action + " alert " + id + ": it is " + status);
        this.status = status;
    }

    public AlertStatus status() {
        return status;
    }
}
