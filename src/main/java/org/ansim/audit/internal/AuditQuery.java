package org.ansim.audit.internal;

import java.time.LocalDate;
import org.ansim.audit.AuditAction;
import org.jspecify.annotations.Nullable;

/**
 * Which entries an auditor is looking for; every criterion is optional. Dates are whole days in the log's zone, both
 * ends included.
 */
public record AuditQuery(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable String organisation) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    public AuditQuery {
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        organisation = blankToNull(organisation);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
