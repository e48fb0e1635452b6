package org.ansim.people;

import java.util.List;
import org.ansim.cases.CaseId;

/**
 * A new case's offender is the same as the offender of earlier cases: a repeat stalker, the strongest risk signal.
 *
 * @param caseIds the new case first, then the earlier cases linked with this strength
 */
public record RepeatOffenderLinked(List<CaseId> caseIds, LinkStrength strength) {

    public RepeatOffenderLinked {
        caseIds = List.copyOf(caseIds);
    }
}
