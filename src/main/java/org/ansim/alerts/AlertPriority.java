package org.ansim.alerts;

/** How urgently an alert must be answered. */
public enum AlertPriority {
    HIGH,
    NORMAL
}
