package org.ansim.people.internal;

/** A "same person?" question is answered once. */
public class MatchAlreadyDecided extends RuntimeException {

    MatchAlreadyDecided(String message) {
        super(message);
    }
}
