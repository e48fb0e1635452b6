package org.ansim.providers;

/**
 * The services a victim's plan is made of and providers deliver: psychological counselling, legal help, medical-fee
 * support, therapy at home, accompaniment (to police, court, hospital, on the way to work).
 */
public enum ServiceKind {
    COUNSELLING,
    LEGAL,
    MEDICAL_FEES,
    HOME_THERAPY,
    ACCOMPANIMENT
}
