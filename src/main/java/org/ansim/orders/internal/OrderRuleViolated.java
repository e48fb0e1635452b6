package org.ansim.orders.internal;

/** A change the rules refuse (a third extension, a protection order before the law is in force, a cancelled order). */
public class OrderRuleViolated extends RuntimeException {

    private final String problemType;

    public OrderRuleViolated(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    /** The last segment of the problem type, e.g. {@code order-extension-limit}. */
    public String problemType() {
        return problemType;
    }
}
