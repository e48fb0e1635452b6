package org.ansim.safety.internal;

/** The journey has ended (arrived or escalated), or its deadline has passed: it cannot be extended or moved. */
public class JourneyNotRunning extends RuntimeException {

    public JourneyNotRunning() {
        super("The journey is no longer running");
    }
}
