package org.ansim.intake;

/** The services one application can ask for at once. */
public enum ServiceKind {
    PSYCHOLOGICAL,
    LEGAL,
    MEDICAL,
    ACCOMPANIMENT,
    GUARDS,
    SHELTER,
    MOVING,
    EQUIPMENT
}
