package org.ansim.audit.internal;

import java.util.List;

/** One page of the log, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
