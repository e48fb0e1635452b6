package org.ansim.risk.internal;

/** A screening or profile change that a rule refuses (lowering a level on judgement, a raise without a reason). */
public class RiskRuleViolated extends RuntimeException {

    private final String problemType;
    private final String reasonKey;

    public RiskRuleViolated(String problemType, String reasonKey, String message) {
        super(message);
        this.problemType = problemType;
        this.reasonKey = reasonKey;
    }

    /** The last segment of the problem type, e.g. {@code risk-judgement-lowers-level}. */
    public String problemType() {
        return problemType;
    }

    /** The message key that says why, for a page. */
    public String reasonKey() {
        return reasonKey;
    }
}
