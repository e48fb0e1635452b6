package org.ansim.audit.internal;

import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access log as other modules see it: names the acting party from the security context and the source address
 * from the current request, and appends to the hash chains.
 */
@Component
class ChainedAuditLog implements AuditLog {

    private final AuditChains chains;

    ChainedAuditLog(AuditChains chains) {
        this.chains = chains;
    }

    @Override
    public void record(AuditAction action, AuditSubject subject, @Nullable String reason) {
        chains.append(new AuditRecord(Actor.fromSecurityContext(), sourceAddress(), action, subject, reason));
    }

    @Override
    public void recordAs(
            String actorName,
            String actorKind,
            @Nullable String organisation,
            AuditAction action,
            AuditSubject subject,
            @Nullable String reason) {
        var actor = new Actor(actorName, ActorKind.named(actorKind), organisation);
        chains.append(new AuditRecord(actor, sourceAddress(), action, subject, reason));
    }

    /**
     * The client address of the request being served, as the servlet container reports it: forwarded headers count
     * only where Spring or the container has been configured to trust them ({@code server.forward-headers-strategy}).
     */
    static @Nullable String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
