package org.ansim.alerts;

/** Whom a dispatcher sends to the victim: a security guard, or a companion who accompanies her. */
public enum DispatchKind {
    GUARD,
    COMPANION
}
