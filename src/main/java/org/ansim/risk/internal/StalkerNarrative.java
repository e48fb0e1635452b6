package org.ansim.risk.internal;

import java.util.Objects;

/**
 * What the profiler writes about the stalker in words — his history and her recommendations — sealed as one value,
 * since it names people, places and events. {@link #toString()} never shows it.
 */
public record StalkerNarrative(String history, String recommendations) {

    public static final int MAX_LENGTH = 10_000;

    public StalkerNarrative {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(recommendations, "recommendations");
        if (history.length() > MAX_LENGTH || recommendations.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("At most " + MAX_LENGTH + " characters each");
        }
    }

    @Override
    public String toString() {
        return "StalkerNarrative[sealed]";
    }
}
