package org.ansim.alerts;

/** What raised an alert. SOS, missed arrivals and devices are about someone's safety now, so they come first. */
public enum AlertKind {
    SOS(AlertPriority.HIGH),
    MISSED_ARRIVAL(AlertPriority.HIGH),
    DEVICE(AlertPriority.HIGH),
    ORDER_EXPIRING(AlertPriority.NORMAL),
    REFERRAL(AlertPriority.NORMAL);

    private final AlertPriority priority;

    AlertKind(AlertPriority priority) {
        this.priority = priority;
    }

    public AlertPriority priority() {
        return priority;
    }
}
