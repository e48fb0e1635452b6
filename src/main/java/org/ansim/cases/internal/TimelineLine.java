package org.ansim.cases.internal;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.jspecify.annotations.Nullable;

/**
 * A line for the case's timeline, registered by the case next to each of its public events and written in the same
 * transaction by {@link TimelineWriter}.
 */
record TimelineLine(
        CaseId caseId,
        String module,
        String kind,
        @Nullable String actor,
        @Nullable String detail,
        Instant at) {

    static final String OPENED = "OPENED";
    static final String ASSIGNED = "ASSIGNED";
    static final String CONTACT_RECORDED = "CONTACT_RECORDED";
    static final String STATUS_CHANGED = "STATUS_CHANGED";
    static final String NOTE_ADDED = "NOTE_ADDED";
    static final String UNDER_CONFERENCE = "UNDER_CONFERENCE";
    static final String CONFERENCE_RELEASED = "CONFERENCE_RELEASED";
}
