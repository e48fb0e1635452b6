package org.ansim.safety.internal;

/** A retry key (clientEventId, eventId) used again with a different body. */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict() {
        super("This key was already used with a different body");
    }
}
