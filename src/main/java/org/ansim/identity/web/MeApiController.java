package org.ansim.identity.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.ansim.identity.ClientPrincipal;
import org.ansim.identity.Scope;
import org.ansim.identity.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as Ansim sees it: for scripts checking their key and for the staff UI. */
@RestController
class MeApiController {

    record Me(String name, String kind, String role, String organisation, Set<String> scopes) {}

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return new Me(staff.username(), "USER", staff.role().name(), staff.organisationName(), Set.of());
        }
        if (!(authentication.getPrincipal() instanceof ClientPrincipal client)) {
            // an enrolled phone has /api/v1/app/me of its own
            throw new org.springframework.security.access.AccessDeniedException("Not a staff member or client");
        }
        return new Me(
                client.name(),
                "CLIENT",
                null,
                client.organisationName(),
                client.scopes().stream().map(Scope::value).collect(Collectors.toSet()));
    }
}
