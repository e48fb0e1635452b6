package org.ansim.conference.internal;

/** No conference, action or check-in by that id (or none the caller may see). */
public class ConferenceNotFound extends RuntimeException {

    public ConferenceNotFound(String what) {
        super("No such " + what);
    }
}
