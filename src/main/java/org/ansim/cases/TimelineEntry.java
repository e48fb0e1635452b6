package org.ansim.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's timeline.
 *
 * @param kind what happened: {@code OPENED}, {@code ASSIGNED}, {@code STATUS_CHANGED}, {@code CONTACT_RECORDED},
 *     {@code NOTE_ADDED} or a kind another module named
 * @param module the module that wrote it
 * @param detail the non-personal detail (a status pair, a manager's username, a reason)
 */
public record TimelineEntry(
        long id,
        Instant at,
        String module,
        String kind,
        @Nullable String actor,
        @Nullable String detail) {}
