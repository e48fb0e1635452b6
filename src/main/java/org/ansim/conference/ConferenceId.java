package org.ansim.conference;

import java.util.Objects;
import java.util.UUID;

/** Refers to a case conference (one meeting). */
public record ConferenceId(UUID value) {

    public ConferenceId {
        Objects.requireNonNull(value, "value");
    }

    public static ConferenceId random() {
        return new ConferenceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
