package org.ansim.consent.internal;

/** A consent change that the rules refuse (withdrawing twice, organisations on a purpose that names none). */
public class ConsentRefused extends RuntimeException {

    public ConsentRefused(String message) {
        super(message);
    }
}
