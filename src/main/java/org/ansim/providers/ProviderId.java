package org.ansim.providers;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Refers to an entry of the provider directory. */
public record ProviderId(UUID value) implements Serializable {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
