package org.ansim.audit.internal;

import java.util.Objects;
import org.ansim.audit.AuditedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acted, as the access log names them: never more than a name, a kind and an organisation. */
public record Actor(String name, ActorKind kind, @Nullable String organisation) {

    static final Actor ANONYMOUS = new Actor("anonymous", ActorKind.ANONYMOUS, null);

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An audit actor needs a name");
        }
    }

    /**
     * The party of the current security context: an {@link AuditedPrincipal} names itself; any other authenticated
     * principal is a {@code USER} by its authentication name; without authentication the party is {@code ANONYMOUS}.
     */
    static Actor fromSecurityContext() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Actor of(@Nullable Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        if (authentication.getPrincipal() instanceof AuditedPrincipal principal) {
            return of(principal);
        }
        if (authentication instanceof AuditedPrincipal principal) {
            return of(principal);
        }
        return new Actor(authentication.getName(), ActorKind.USER, null);
    }

    private static Actor of(AuditedPrincipal principal) {
        return new Actor(principal.auditName(), ActorKind.named(principal.auditKind()), principal.auditOrganisation());
    }
}
