package org.ansim.settings.internal;

/** A scheduled change could not be cancelled. */
public class CancellationRefused extends RuntimeException {

    /** Why not. */
    public enum Why {
        /** No change with this id for this setting. */
        NOT_FOUND,
        /** It was cancelled already. */
        ALREADY_CANCELLED,
        /** It is in force (valid from today or earlier): the past is never rewritten. */
        ALREADY_IN_FORCE
    }

    private final Why why;

    public CancellationRefused(Why why, String key, long changeId) {
        super("Change " + changeId + " of " + key + " cannot be cancelled: " + why);
        this.why = why;
    }

    public Why why() {
        return why;
    }

    public String code() {
        return "settings.error.cancel." + why.name();
    }
}
