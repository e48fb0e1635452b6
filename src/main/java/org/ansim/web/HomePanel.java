package org.ansim.web;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * A panel another module adds to the staff home page for the signed-in user: what needs her attention there (a count
 * and a short list). The page includes the fragment {@code fragment} of the template {@code template} with the
 * variable {@code panel} bound to this record, so the fragment reads {@code ${panel.data}}.
 *
 * @param template the module's template, e.g. {@code services/home-panel}
 * @param fragment the fragment's name in it
 * @param data what the fragment shows
 * @param order where it sorts (lower first)
 */
public record HomePanel(String template, String fragment, Object data, int order) {

    /** Declared as a bean by a module that adds a panel to the home page; empty when the user has nothing there. */
    @FunctionalInterface
    public interface Contributor {

        Optional<HomePanel> panelFor(Authentication user);
    }
}
