package org.ansim.services.internal;

/** No claim of that id that the caller may see. */
public class ClaimNotFound extends RuntimeException {

    public ClaimNotFound() {
        super("No such claim");
    }
}
