package org.ansim.orders;

import java.util.Objects;
import java.util.UUID;

/** Refers to one protective order. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }
}
