package org.ansim.people;

/** Where a "same person?" question stands. */
public enum PossibleMatchStatus {
    OPEN,
    CONFIRMED,
    REJECTED
}
