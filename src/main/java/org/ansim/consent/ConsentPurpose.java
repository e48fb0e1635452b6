package org.ansim.consent;

/** What the victim agreed to: managing her case, sharing with named service providers, anonymous statistics. */
public enum ConsentPurpose {
    CASE_MANAGEMENT,
    SERVICE_REFERRAL,
    STATISTICS
}
