package org.ansim.alerts;

/** Where an alert is in its life: raised and unanswered, taken on by someone, or closed with an outcome. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    CLOSED
}
