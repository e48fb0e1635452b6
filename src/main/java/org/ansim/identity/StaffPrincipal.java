package org.ansim.identity;

import java.io.Serial;
import java.io.Serializable;
import org.ansim.audit.AuditedPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in staff member as every module sees her: who, in which role, for which organisation. Other modules get
 * it from the security context to decide need-to-know access.
 */
public record StaffPrincipal(
        StaffUserId id,
        String username,
        String displayName,
        Role role,
        OrganisationId organisationId,
        String organisationName,
        boolean secondFactorRequired)
        implements AuditedPrincipal, java.security.Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String auditName() {
        return username;
    }

    @Override
    public String auditKind() {
        return "USER";
    }

    @Override
    public @Nullable String auditOrganisation() {
        return organisationName;
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    @Override
    public String toString() {
        return username;
    }
}
