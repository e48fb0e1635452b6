package org.ansim.web.internal;

import static org.ansim.web.NavigationItem.forEveryone;
import static org.ansim.web.NavigationItem.forRoles;

import java.util.List;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.springframework.stereotype.Component;

/**
 * The entries of the platform: home, administration and the audit log. Their pages belong to other platform modules,
 * which may take their entry over into their own contributor.
 */
@Component
class PlatformNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                forEveryone("/", "nav.home", 0),
                forRoles("/admin/settings", "nav.settings", 110, "ADMIN", "UNIT_LEAD"),
                forRoles("/admin/keys", "nav.keys", 120, "ADMIN"),
                forRoles("/admin/users", "nav.users", 130, "ADMIN"),
                forRoles("/admin/clients", "nav.clients", 140, "ADMIN"),
                forRoles("/audit", "nav.audit", 150, "AUDITOR"),
                forRoles("/swagger-ui.html", "nav.apidocs", 190, "ADMIN"));
    }
}
