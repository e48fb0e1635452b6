package org.ansim.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseSummary;
import org.jspecify.annotations.Nullable;

/** A case as lists and the case page show it: its summary and its first-contact deadline. */
public record CaseRow(
        CaseSummary summary,
        LocalDate firstContactDue,
        @Nullable Instant firstContactedAt,
        FirstContactState firstContact,
        boolean underConference,
        @Nullable Boolean guardRecommended,
        java.util.List<String> servicesWanted) {}
