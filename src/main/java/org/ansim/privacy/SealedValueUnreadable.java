package org.ansim.privacy;

/**
 * A sealed value did not open: it belongs to another record or field, was altered, or was sealed with a key this
 * key set does not hold. The message names the record and key, never a value.
 */
public class SealedValueUnreadable extends RuntimeException {

    SealedValueUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
