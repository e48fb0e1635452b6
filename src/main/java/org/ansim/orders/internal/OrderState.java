package org.ansim.orders.internal;

/** Where an order stands on a given day. */
public enum OrderState {
    AWAITING_APPROVAL,
    NOT_STARTED,
    IN_FORCE,
    LAPSED,
    CANCELLED
}
