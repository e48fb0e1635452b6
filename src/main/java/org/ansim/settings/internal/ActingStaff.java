package org.ansim.settings.internal;

import org.ansim.audit.AuditedPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name under which the signed-in party's change is recorded, as the audit log would name it. */
final class ActingStaff {

    private ActingStaff() {}

    static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        if (authentication.getPrincipal() instanceof AuditedPrincipal principal) {
            return principal.auditName();
        }
        return authentication.getName();
    }
}
