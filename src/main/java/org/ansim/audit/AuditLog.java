package org.ansim.audit;

import org.jspecify.annotations.Nullable;

/**
 * The one small API through which every module writes to the tamper-evident access log. Who acted, for which
 * organisation and from which address is taken from the current request and security context.
 */
public interface AuditLog {

    /** Records that the current party did {@code action} to {@code subject}, with the reason where one was asked. */
    void record(AuditAction action, AuditSubject subject, @Nullable String reason);

    default void record(AuditAction action, AuditSubject subject) {
        record(action, subject, null);
    }

    /**
     * Records an action by a party named explicitly (a failed sign-in has no signed-in principal yet; a scheduled
     * job acts as {@code SYSTEM}).
     */
    void recordAs(
            String actorName,
            String actorKind,
            @Nullable String organisation,
            AuditAction action,
            AuditSubject subject,
            @Nullable String reason);
}
