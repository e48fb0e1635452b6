package org.ansim.risk.internal;

/** The answer to one screening item. Only YES counts towards the level; UNKNOWN is recorded as not known. */
public enum Answer {
    YES,
    NO,
    UNKNOWN
}
