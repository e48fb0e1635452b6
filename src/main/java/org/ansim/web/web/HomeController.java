package org.ansim.web.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ansim.web.HomePanel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home page: a greeting, the panels other modules add for what needs the user's attention, and a card for
 * every place the user's roles lead to.
 */
@Controller
class HomeController {

    private final List<HomePanel.Contributor> panels;

    HomeController(List<HomePanel.Contributor> panels) {
        this.panels = List.copyOf(panels);
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    public String home(Authentication user, Model model) {
        model.addAttribute(
                "homePanels",
                panels.stream()
                        .map(contributor -> contributor.panelFor(user))
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparingInt(HomePanel::order))
                        .toList());
        return "web/home";
    }
}
