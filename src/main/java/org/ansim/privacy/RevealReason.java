package org.ansim.privacy;

import java.util.Objects;

/**
 * Why someone needs a sealed value in clear; written to the audit log with the reveal.
 *
 * @param text 5 to 500 characters, not blank
 */
public record RevealReason(String text) {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 500;

    public RevealReason {
        Objects.requireNonNull(text, "A reveal needs a reason");
        text = text.strip();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A reveal needs a reason of " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
    }
}
