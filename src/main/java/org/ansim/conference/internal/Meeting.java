package org.ansim.conference.internal;

import java.time.Instant;
import org.ansim.conference.ConferenceId;
import org.jspecify.annotations.Nullable;

/** One case conference: when it meets, whether it is the regular monthly one, and whether it was held. */
public record Meeting(
        ConferenceId id,
        Instant scheduledAt,
        boolean regular,
        Status status,
        String scheduledBy,
        @Nullable Instant heldAt) {

    public enum Status {
        SCHEDULED,
        HELD
    }

    public boolean held() {
        return status == Status.HELD;
    }

    /** Its agenda follows the rules until the meeting is held; after that it is the record of what was discussed. */
    void requireNotHeld() {
        if (held()) {
            throw new ConferenceRuleViolated("conference.error.held", "The conference was already held");
        }
    }
}
