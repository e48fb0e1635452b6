package org.ansim.services.internal;

/** The provider's access to a referral has ended: the victim withdrew her consent or stopped the service. */
public class AccessEnded extends RuntimeException {

    public AccessEnded() {
        super("The victim's consent no longer covers sharing this referral with your organisation.");
    }
}
