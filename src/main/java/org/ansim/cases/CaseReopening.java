package org.ansim.cases;

import java.time.Instant;

/**
 * For the conference module: a new incident on a case in post-management or closed reopens it to active (LAW.md,
 * "a new incident reopens them"). A case that is not in post-management or closed is left as it is.
 */
public interface CaseReopening {

    /**
     * @param by who or what noticed the incident, e.g. {@code demo-case-manager} or {@code system:conference}
     * @return whether the case was reopened
     */
    boolean reopenOnNewIncident(CaseId caseId, String by, Instant at);
}
