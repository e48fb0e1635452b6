package org.ansim.cases;

import java.util.List;
import java.util.Optional;

/**
 * Finds a case's summary for another module's own decisions (the police status view, a service referral). It asks no
 * {@link CaseAccess} and writes no audit entry: a module that shows the summary to a person asks {@link CaseAccess}
 * first.
 */
public interface CaseLookup {

    Optional<CaseSummary> find(CaseId id);

    Optional<CaseSummary> find(CaseNumber number);

    /** The cases a case manager holds, whatever their status, the most recently opened first (then by number). */
    List<CaseSummary> caseloadOf(String caseManager);

    /** Every case, the first opened first (for demo data and start-up backfills, not for pages). */
    List<CaseSummary> all();
}
