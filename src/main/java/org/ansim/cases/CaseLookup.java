package org.ansim.cases;

import java.util.Optional;

/**
 * Finds a case's summary for another module's own decisions (the police status view, a service referral). It asks no
 * {@link CaseAccess} and writes no audit entry: a module that shows the summary to a person asks {@link CaseAccess}
 * first.
 */
public interface CaseLookup {

    Optional<CaseSummary> find(CaseId id);

    Optional<CaseSummary> find(CaseNumber number);
}
