package org.ansim.risk.internal;

import java.time.LocalDate;
import org.ansim.risk.RiskLevel;

/**
 * The bands that turn a count of "yes" into a level, as in force on the day of a screening (settings
 * {@code risk.high-min-yes}, {@code risk.medium-min-yes}); stored with every screening that used them.
 */
public record RiskBands(int highMinYes, int mediumMinYes, LocalDate validFrom) {

    public RiskBands {
        if (mediumMinYes < 1 || highMinYes <= mediumMinYes) {
            throw new IllegalArgumentException("Bands need 1 <= medium < high: " + mediumMinYes + ", " + highMinYes);
        }
    }

    public RiskLevel levelFor(long yes) {
        if (yes >= highMinYes) {
            return RiskLevel.HIGH;
        }
        if (yes >= mediumMinYes) {
            return RiskLevel.MEDIUM;
        }
        return RiskLevel.STANDARD;
    }
}
