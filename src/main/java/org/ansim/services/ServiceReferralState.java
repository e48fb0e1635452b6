package org.ansim.services;

/**
 * Where a referral to one provider organisation stands: sent, accepted, declined by the provider, suspended (consent
 * withdrawn or the victim stopped the service: the provider's access has ended), completed.
 */
public enum ServiceReferralState {
    SENT,
    ACCEPTED,
    DECLINED,
    SUSPENDED,
    COMPLETED;

    /** Whether the provider still works on it (and may read it while consent lasts). */
    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }
}
