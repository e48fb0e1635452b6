package org.ansim.alerts;

import java.util.List;
import java.util.Set;

/**
 * A panel of the dispatcher console's alert detail that another module adds (the case summary, the phone's location
 * and the registered home, the offender and the orders). The console loads each panel as an HTML fragment from
 * {@code urlTemplate} with {@code {alertId}} replaced; the module's controller checks access itself and audits what
 * it reveals. A panel that places the alert on the map marks an element with {@code data-alert-lat},
 * {@code data-alert-lon} and optionally {@code data-alert-accuracy} and {@code data-alert-label}.
 *
 * @param urlTemplate e.g. {@code /safety/alerts/{alertId}/location}
 * @param labelKey message key of the panel's heading in the contributing module's bundle
 * @param order lower first
 * @param kinds the alert kinds it applies to
 */
public record AlertPanel(String urlTemplate, String labelKey, int order, Set<AlertKind> kinds) {

    public AlertPanel {
        if (urlTemplate == null || !urlTemplate.startsWith("/") || !urlTemplate.contains("{alertId}")) {
            throw new IllegalArgumentException("A panel's URL is a local path containing {alertId}: " + urlTemplate);
        }
        if (labelKey == null || labelKey.isBlank()) {
            throw new IllegalArgumentException("An alert panel needs a label key");
        }
        kinds = Set.copyOf(kinds);
    }

    public String urlFor(AlertId alertId) {
        return urlTemplate.replace("{alertId}", alertId.toString());
    }

    /** Declared as a bean by a module that adds panels to the console's alert detail. */
    @FunctionalInterface
    public interface Contributor {

        List<AlertPanel> alertPanels();
    }
}
