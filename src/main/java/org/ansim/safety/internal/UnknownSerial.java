package org.ansim.safety.internal;

/** A device event for a serial not issued to any case. */
public class UnknownSerial extends RuntimeException {

    public UnknownSerial() {
        super("No device with this serial is issued to a case");
    }
}
