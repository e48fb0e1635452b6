package org.ansim.services.internal;

/**
 * A services rule refused what was asked; nothing was stored or sent. {@link #type()} ends the problem type
 * ({@code consent-required}, {@code limit-reached}, {@code declined-by-victim} …), {@link #reasonKey()} is the
 * message key a page shows.
 */
public class ServiceRuleViolated extends RuntimeException {

    private final String type;
    private final String reasonKey;

    public ServiceRuleViolated(String type, String reasonKey, String message) {
        super(message);
        this.type = type;
        this.reasonKey = reasonKey;
    }

    public static ServiceRuleViolated consentRequired() {
        return new ServiceRuleViolated(
                "consent-required",
                "services.refused.consentRequired",
                "The victim's consent does not cover sharing with this organisation: nothing was sent.");
    }

    public static ServiceRuleViolated limitReached(int limit) {
        return new ServiceRuleViolated(
                "limit-reached",
                "services.refused.limitReached",
                "The victim has had the " + limit
                        + " counselling sessions allowed; more need the unit lead's approved extension.");
    }

    public String type() {
        return type;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
