package org.ansim.services.internal;

/** No referral of that id addressed to the caller's organisation (another organisation's does not exist for her). */
public class ServiceReferralNotFound extends RuntimeException {

    public ServiceReferralNotFound() {
        super("No such referral");
    }
}
