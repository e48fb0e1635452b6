package org.ansim.orders;

/** The kinds of INTERFACES.md {@code measures[].kind}. */
public enum OrderKind {
    EMERGENCY_MEASURE,
    PROVISIONAL_MEASURE,
    PROTECTION_ORDER
}
