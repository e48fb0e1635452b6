package org.ansim.alerts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A module's request to raise an alert. Carries no personal data: the case number and a short summary that does not
 * identify anyone (e.g. "SOS from the victim's phone", never a name or an address).
 *
 * @param kind what raised it
 * @param caseNumber the case it is about, e.g. {@code STK-2026-000123}
 * @param summary at most 200 characters, non-identifying
 * @param sourceKey makes raising idempotent, e.g. {@code sos:<clientEventId>}; a second raise with the same key
 *     returns the first alert. {@code null} when the source has no natural key.
 * @param silent a duress alert: raised without anything showing on the victim's side
 */
public record RaiseAlert(
        AlertKind kind,
        String caseNumber,
        String summary,
        @Nullable String sourceKey,
        boolean silent) {

    public static final int MAX_CASE_NUMBER = 32;
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_SOURCE_KEY = 200;

    public RaiseAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(summary, "summary");
        if (caseNumber.isBlank() || caseNumber.length() > MAX_CASE_NUMBER) {
            throw new IllegalArgumentException("A case number is 1 to " + MAX_CASE_NUMBER + " characters");
        }
        if (summary.isBlank() || summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("A summary is 1 to " + MAX_SUMMARY + " characters");
        }
        if (sourceKey != null && (sourceKey.isBlank() || sourceKey.length() > MAX_SOURCE_KEY)) {
            throw new IllegalArgumentException("A source key is 1 to " + MAX_SOURCE_KEY + " characters");
        }
    }

    /** An alert with no idempotency key, not silent. */
    public static RaiseAlert of(AlertKind kind, String caseNumber, String summary) {
        return new RaiseAlert(kind, caseNumber, summary, null, false);
    }

    /** The same alert, idempotent on {@code key}. */
    public RaiseAlert withSourceKey(String key) {
        return new RaiseAlert(kind, caseNumber, summary, key, silent);
    }

    /** The same alert, raised silently (duress). */
    public RaiseAlert silently() {
        return new RaiseAlert(kind, caseNumber, summary, sourceKey, true);
    }
}
