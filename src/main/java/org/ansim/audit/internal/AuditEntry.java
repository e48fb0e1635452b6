package org.ansim.audit.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the access log as stored, with its place in its chain and the hashes that link it. */
public record AuditEntry(
        long id,
        int chainNo,
        long seq,
        Instant occurredAt,
        String actorName,
        String actorKind,
        @Nullable String organisation,
        @Nullable String sourceAddress,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String reason,
        byte[] prevHash,
        byte[] hash) {

    /** The hash this entry's fields and previous hash must have. */
    byte[] expectedHash() {
        return EntryHash.of(this);
    }
}
