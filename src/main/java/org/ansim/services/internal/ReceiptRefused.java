package org.ansim.services.internal;

/** A receipt file was refused before anything was stored: too large for the setting, or not a PDF, JPEG or PNG. */
public class ReceiptRefused extends RuntimeException {

    public enum Why {
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        EMPTY
    }

    private final Why why;

    ReceiptRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }

    public String reasonKey() {
        return switch (why) {
            case TOO_LARGE -> "services.claims.refused.tooLarge";
            case UNSUPPORTED_TYPE -> "services.claims.refused.type";
            case EMPTY -> "services.claims.refused.empty";
        };
    }
}
