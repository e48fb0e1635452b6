package org.ansim.identity;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, for modules that decide need-to-know access. */
public final class CurrentStaff {

    private CurrentStaff() {}

    public static Optional<StaffPrincipal> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(staff);
        }
        return Optional.empty();
    }

    public static Optional<ClientPrincipal> findClient() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClientPrincipal client) {
            return Optional.of(client);
        }
        return Optional.empty();
    }
}
