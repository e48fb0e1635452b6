package org.ansim.providers;

/** What kind of organisation a provider is. */
public enum ProviderKind {
    COUNSELLING_CENTRE,
    LEGAL_AID,
    CLINIC,
    HOME_THERAPIST,
    SECURITY_COMPANY,
    SHELTER
}
