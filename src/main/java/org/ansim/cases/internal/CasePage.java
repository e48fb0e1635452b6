package org.ansim.cases.internal;

import java.util.List;

/** One page of the case list. */
public record CasePage(List<CaseRow> rows, int page, int pageSize, long total) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
