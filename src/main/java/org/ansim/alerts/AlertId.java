package org.ansim.alerts;

import java.util.Objects;
import java.util.UUID;

/** An alert's identity. */
public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "value");
    }

    public static AlertId random() {
        return new AlertId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
