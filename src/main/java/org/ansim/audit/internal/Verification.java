package org.ansim.audit.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking every chain of the log.
 *
 * @param startedAt when the walk began (the log is read as of that moment)
 * @param chainsChecked how many chains were walked
 * @param entriesChecked how many entries were read
 * @param brokenLinks the first broken link of each broken chain, in chain order; empty when the log is intact
 */
public record Verification(Instant startedAt, int chainsChecked, long entriesChecked, List<BrokenLink> brokenLinks) {

    public Verification {
        brokenLinks = List.copyOf(brokenLinks);
    }

    public boolean intact() {
        return brokenLinks.isEmpty();
    }

    /** The first broken link: of the lowest-numbered broken chain. */
    public @Nullable BrokenLink firstBrokenLink() {
        return brokenLinks.isEmpty() ? null : brokenLinks.getFirst();
    }
}
