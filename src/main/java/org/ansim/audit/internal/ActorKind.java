package org.ansim.audit.internal;

/** What kind of party acted. */
public enum ActorKind {
    USER,
    CLIENT,
    DEVICE,
    SYSTEM,
    ANONYMOUS;

    static ActorKind named(String kind) {
        try {
            return valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown audit actor kind: " + kind, e);
        }
    }
}
