package org.ansim.cases.internal;

import org.ansim.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the case list is narrowed to; every part optional.
 *
 * @param page zero-based
 */
public record CaseFilter(
        @Nullable CaseStatus status,
        @Nullable String manager,
        @Nullable String district,
        @Nullable String risk,
        int page) {

    public static final int PAGE_SIZE = 20;

    public CaseFilter {
        manager = blankToNull(manager);
        district = blankToNull(district);
        risk = blankToNull(risk);
        page = Math.max(0, Math.min(page, 100_000));
    }

    CaseFilter forManager(String username) {
        return new CaseFilter(status, username, district, risk, page);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
