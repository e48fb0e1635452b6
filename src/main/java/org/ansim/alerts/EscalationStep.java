package org.ansim.alerts;

import org.ansim.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * The ladder an urgent alert climbs while nobody acknowledges it: one step per interval (setting
 * {@code alerts.acknowledge-within}, shorter for a case the police rated high risk), each re-alerting the consoles and
 * notifying one more group.
 */
public enum EscalationStep {
    /** Every other dispatcher's console re-alerts. */
    NEXT_DISPATCHER(1, Role.DISPATCHER),
    /** The unit lead is told. */
    UNIT_LEAD(2, Role.UNIT_LEAD),
    /** The police liaison is told; the last step. */
    POLICE_LIAISON(3, Role.POLICE);

    private final int number;
    private final Role notified;

    EscalationStep(int number, Role notified) {
        this.number = number;
        this.notified = notified;
    }

    /** 1 for the first step. */
    public int number() {
        return number;
    }

    /** Whom this step notifies. */
    public Role notified() {
        return notified;
    }

    /** The step after this one, none after the last. */
    public @Nullable EscalationStep next() {
        var steps = values();
        return ordinal() + 1 < steps.length ? steps[ordinal() + 1] : null;
    }

    public static EscalationStep first() {
        return NEXT_DISPATCHER;
    }
}
