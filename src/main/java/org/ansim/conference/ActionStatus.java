package org.ansim.conference;

/** A response-plan action is open until its owner marks it done. */
public enum ActionStatus {
    OPEN,
    DONE
}
