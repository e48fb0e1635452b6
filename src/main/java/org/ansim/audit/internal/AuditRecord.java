package org.ansim.audit.internal;

import java.util.Objects;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditSubject;
import org.jspecify.annotations.Nullable;

/** What is to be appended: everything of an entry but its place in a chain and its time. */
public record AuditRecord(
        Actor actor,
        @Nullable String sourceAddress,
        AuditAction action,
        AuditSubject subject,
        @Nullable String reason) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        if (subject.type().isBlank() || subject.id().isBlank()) {
            throw new IllegalArgumentException("An audit subject needs a type and an id");
        }
    }
}
