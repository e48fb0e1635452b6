package org.ansim.services.internal;

/**
 * The victim's home address is not shown to this person now: she is not the therapist assigned to the visit, or it is
 * outside the visit's window. {@link #type()} ends the problem type.
 */
public class AddressWithheld extends RuntimeException {

    private final String type;

    public AddressWithheld(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
