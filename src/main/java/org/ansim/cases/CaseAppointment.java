package org.ansim.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something coming up for the victim of a case that her phone may show: when, and what kind of thing — never where,
 * with whom or about what, so that someone holding her phone learns nothing that helps him find her.
 *
 * @param at when it starts
 * @param kind what kind of appointment it is
 */
public record CaseAppointment(Instant at, Kind kind) {

    public CaseAppointment {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** A counselling session. */
        COUNSELLING,
        /** A therapist's visit at home. */
        HOME_VISIT,
        /** A court hearing. */
        HEARING,
        /** Someone goes with her (to the police, a court, a hospital). */
        ACCOMPANIMENT
    }

    /** Declared as a bean by a module that knows of appointments (services, conference …). */
    @FunctionalInterface
    public interface Source {

        /** The case's appointments starting at or after {@code from}, in any order. */
        List<CaseAppointment> upcoming(CaseId caseId, Instant from);
    }
}
