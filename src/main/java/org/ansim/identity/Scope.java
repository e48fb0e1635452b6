package org.ansim.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a machine client's key allows; its authority is {@code SCOPE_<value>}. */
public enum Scope {
    REFERRALS_WRITE("referrals:write"),
    DEVICES_WRITE("devices:write"),
    REPORTS_READ("reports:read");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
