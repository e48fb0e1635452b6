package org.ansim.people.internal;

/** No such "same person?" question on the case. */
public class PossibleMatchNotFound extends RuntimeException {

    PossibleMatchNotFound() {
        super("No such possible match on this case");
    }
}
