package org.ansim.people;

import java.util.Objects;
import java.util.UUID;

/** A "same person?" question offered to the case manager. */
public record PossibleMatchId(UUID value) {

    public PossibleMatchId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
