package org.ansim.cases.internal;

import java.util.List;

/** A case refused a change its rules do not allow; {@link #code()} is the message key that says why. */
public class CaseRuleViolated extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    public CaseRuleViolated(String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }
}
