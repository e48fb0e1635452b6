package org.ansim.people;

import java.util.Objects;
import java.util.UUID;

/** A person (a victim) known to Ansim, across her cases. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
