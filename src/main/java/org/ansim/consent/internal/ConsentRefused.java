package org.ansim.consent.internal;

/** A consent change that the rules refuse (withdrawing twice, organisations on a purpose that names none). */
public class ConsentRefused extends RuntimeException {

    private final String reasonKey;

    public ConsentRefused(String reasonKey, String message) {
        super(message);
        this.reasonKey = reasonKey;
    }

    /** The message key that says why, for a page. */
    public String reasonKey() {
        return reasonKey;
    }
}
