package org.ansim.services;

/** Why a referral was suspended and the provider's access ended. */
public enum SuspensionCause {
    CONSENT_WITHDRAWN,
    STOPPED_BY_VICTIM
}
