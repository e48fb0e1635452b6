package org.ansim.cases.web;

import java.util.Optional;
import java.util.Set;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.internal.CaseFilter;
import org.jspecify.annotations.Nullable;

/** Reads the case list's filter from query parameters; empty when a parameter is not one the list knows. */
final class CaseFilters {

    static final Set<String> RISKS = Set.of("LOW", "MEDIUM", "HIGH");

    private CaseFilters() {}

    static Optional<CaseFilter> parse(
            @Nullable String status,
            @Nullable String manager,
            @Nullable String district,
            @Nullable String risk,
            @Nullable String query,
            @Nullable String page) {
        CaseStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            var known = status(status);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            parsedStatus = known.get();
        }
        if (risk != null && !risk.isBlank() && !RISKS.contains(risk.strip())) {
            return Optional.empty();
        }
        int pageNumber = 0;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (pageNumber < 0) {
                return Optional.empty();
            }
        }
        if (tooLong(manager) || tooLong(district) || tooLong(query)) {
            return Optional.empty();
        }
        return Optional.of(new CaseFilter(parsedStatus, manager, district, risk, query, pageNumber));
    }

    static Optional<CaseStatus> status(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (var candidate : CaseStatus.values()) {
            if (candidate.name().equals(text.strip())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean tooLong(@Nullable String text) {
        return text != null && (text.length() > 200 || text.chars().anyMatch(Character::isISOControl));
    }
}
