package org.ansim.cases.internal;

import org.ansim.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the case list is narrowed to; every part optional.
 *
 * @param query part of a case number ({@code 123}, {@code STK-2026-000123}) or of the channel's reference (a police
 *     report number)
 * @param page zero-based
 */
public record CaseFilter(
        @Nullable CaseStatus status,
        @Nullable String manager,
        @Nullable String district,
        @Nullable String risk,
        @Nullable String query,
        int page) {

    public static final int PAGE_SIZE = 20;

    public CaseFilter {
        manager = blankToNull(manager);
        district = blankToNull(district);
        risk = blankToNull(risk);
        query = blankToNull(query);
        page = Math.max(0, Math.min(page, 100_000));
    }

    CaseFilter forManager(String username) {
        return new CaseFilter(status, username, district, risk, query, page);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
