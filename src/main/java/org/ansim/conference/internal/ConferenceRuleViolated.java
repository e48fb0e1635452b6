package org.ansim.conference.internal;

/**
 * A change the conference's rules refuse (a meeting already held, a date in the past, a case not on the agenda). The
 * message key names the rule for the pages; the problem type for the API.
 */
public class ConferenceRuleViolated extends RuntimeException {

    private final String messageKey;

    public ConferenceRuleViolated(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** The message key of the conference bundle, e.g. {@code conference.error.held}. */
    public String messageKey() {
        return messageKey;
    }

    /** The last segment of the problem type, e.g. {@code held}. */
    public String problemType() {
        return "conference-" + messageKey.substring(messageKey.lastIndexOf('.') + 1);
    }
}
