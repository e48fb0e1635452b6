package org.ansim.audit.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where a chain stops being what was appended.
 *
 * @param chain the chain
 * @param seq the position in the chain where the break is found
 * @param entryId the entry found there, if any
 * @param problem what is wrong
 */
public record BrokenLink(int chain, long seq, @Nullable Long entryId, Problem problem) {

    /** What is wrong at a broken link. */
    public enum Problem {
        /** The entry's fields or stored hash were changed: its hash is not the hash of its fields. */
        HASH_MISMATCH,
        /** The entry does not name the previous entry's hash: one before it was replaced, or entries moved. */
        LINK_MISMATCH,
        /** Entries are missing before this one. */
        GAP,
        /** An entry appears twice or out of order. */
        DISORDER,
        /** The chain's head does not name its last entry: entries at the end were removed or the head altered. */
        HEAD_MISMATCH,
        /** Entries belong to a chain that has no head. */
        HEAD_MISSING
    }
}
