package org.ansim.services;

/** How a session was delivered. */
public enum SessionKind {
    IN_PERSON,
    PHONE,
    VIDEO,
    HOME_VISIT,
    ACCOMPANIED
}
