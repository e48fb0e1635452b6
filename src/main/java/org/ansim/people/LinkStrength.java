package org.ansim.people;

/**
 * How sure a link between two cases' offenders is: the same phone number is strong, the same name alone is weak (many
 * people share a name).
 */
public enum LinkStrength {
    WEAK,
    STRONG
}
