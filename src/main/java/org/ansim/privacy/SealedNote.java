package org.ansim.privacy;

import java.util.Objects;

/**
 * Free text that may name people, places or events (a counsellor's note, a victim's account). Kept only as
 * {@code Sealed<SealedNote>}; {@link #toString()} shows its length, never its text.
 *
 * @param text the note, 1 to 20,000 characters
 */
public record SealedNote(String text) {

    public static final int MAX_LENGTH = 20_000;

    public SealedNote {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note has 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** What a list may show. */
    public String masked() {
        return "●●●";
    }

    @Override
    public String toString() {
        return "SealedNote[" + text.length() + " chars]";
    }
}
