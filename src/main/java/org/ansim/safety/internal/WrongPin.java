package org.ansim.safety.internal;

/** The PIN entered on the phone is neither the cancel PIN nor the duress PIN. */
public class WrongPin extends RuntimeException {

    public WrongPin() {
        super("Wrong PIN");
    }
}
