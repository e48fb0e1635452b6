package org.ansim.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.ansim.audit.AuditedPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * A machine client (the police system, the device gateway, a script) authenticated by its key. The police
 * interface checks {@link #organisationName()} against the agency named in a referral.
 */
public record ClientPrincipal(
        UUID clientId, String name, OrganisationId organisationId, String organisationName, Set<Scope> scopes)
        implements AuditedPrincipal, java.security.Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    @Override
    public String auditName() {
        return "client:" + name;
    }

    @Override
    public String auditKind() {
        return "CLIENT";
    }

    @Override
    public @Nullable String auditOrganisation() {
        return organisationName;
    }

    @Override
    public String getName() {
        return auditName();
    }

    @Override
    public String toString() {
        return auditName();
    }
}
