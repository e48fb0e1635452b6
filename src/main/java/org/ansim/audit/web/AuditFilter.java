package org.ansim.audit.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ansim.audit.AuditAction;
import org.ansim.audit.internal.AuditQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The auditor's filters as they appear in the URL of the list page and the API. */
record AuditFilter(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Size(max = 200) @Nullable String actor,
        @Nullable AuditAction action,
        @Size(max = 100) @Nullable String subjectType,
        @Size(max = 200) @Nullable String subjectId,
        @Size(max = 200) @Nullable String organisation,
        @Min(0) @Nullable Integer page) {

    AuditQuery toQuery() {
        return new AuditQuery(from, to, actor, action, subjectType, subjectId, organisation);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }
}
