package org.ansim.services.web;

import java.util.List;
import java.util.Optional;
import org.ansim.services.internal.OverdueFirstContacts;
import org.ansim.settings.PolicySettings;
import org.ansim.web.HomePanel;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Providers' overdue first contacts for the unit: a panel on the home page (how many, the oldest few) and the whole
 * list, for the unit lead (every case) and the case managers (their own cases).
 */
@Controller
@PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
class FirstContactWatchPagesController {

    /** What the home panel shows: the count and the oldest lines. */
    record Summary(int count, List<OverdueFirstContacts.Line> oldest) {}

    static final int PANEL_LINES = 5;

    private final OverdueFirstContacts overdue;
    private final PolicySettings settings;

    FirstContactWatchPagesController(OverdueFirstContacts overdue, PolicySettings settings) {
        this.overdue = overdue;
        this.settings = settings;
    }

    @Bean
    static NavigationContributor firstContactWatchNavigation() {
        return () -> List.of(NavigationItem.forRoles(
                "/services/first-contact-overdue", "services.watch.nav", 32, "UNIT_LEAD", "CASE_MANAGER"));
    }

    @Bean
    static HomePanel.Contributor firstContactWatchPanel(OverdueFirstContacts overdue, PolicySettings settings) {
        return user -> {
            var roles = user.getAuthorities().stream()
                    .map(Object::toString)
                    .filter(a -> a.equals("ROLE_UNIT_LEAD") || a.equals("ROLE_CASE_MANAGER"))
                    .findAny();
            if (roles.isEmpty()) {
                return Optional.empty();
            }
            var lines = overdue.visibleTo(user, settings.today());
            return Optional.of(new HomePanel(
                    "services/home-panel",
                    "firstContactOverdue",
                    new Summary(lines.size(), lines.stream().limit(PANEL_LINES).toList()),
                    10));
        };
    }

    @GetMapping("/services/first-contact-overdue")
    String list(Authentication user, Model model) {
        model.addAttribute("lines", overdue.visibleTo(user, settings.today()));
        return "services/first-contact-overdue";
    }
}
