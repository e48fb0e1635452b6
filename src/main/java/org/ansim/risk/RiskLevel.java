package org.ansim.risk;

/** The level of a risk screening, lowest first: a level may be raised on judgement, never lowered. */
public enum RiskLevel {
    STANDARD,
    MEDIUM,
    HIGH;

    public boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
