package org.ansim.safety.internal;

/** An enrolment code that was never issued, is used up or has expired: the phone is told only that it is invalid. */
public class InvalidEnrolmentCode extends RuntimeException {

    public InvalidEnrolmentCode() {
        super("Invalid enrolment code");
    }
}
