package org.ansim.cases;

import java.util.Set;

/**
 * A tab of the case page that another module adds: its page lives at {@code /cases/{caseNumber}/<path>}, its label
 * is the message key {@code labelKey} of that module's bundle, and only the listed roles see it. The module's page
 * checks case access itself; the tab only saves a click.
 *
 * @param path one path segment, e.g. {@code consents}
 * @param order where it sorts after the timeline (lower first)
 * @param roles role names without {@code ROLE_}
 */
public record CaseTab(String path, String labelKey, int order, Set<String> roles) {

    public CaseTab {
        if (path == null || !path.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("A case tab's path is one lower-case segment: " + path);
        }
        if (labelKey == null || labelKey.isBlank()) {
            throw new IllegalArgumentException("A case tab needs a label key");
        }
        roles = Set.copyOf(roles);
    }

    /** Declared as a bean by a module that adds tabs to the case page. */
    @FunctionalInterface
    public interface Contributor {

        java.util.List<CaseTab> caseTabs();
    }
}
