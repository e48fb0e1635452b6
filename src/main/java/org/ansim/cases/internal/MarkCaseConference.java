package org.ansim.cases.internal;

import java.time.Clock;
import org.ansim.cases.CaseConferenceMarking;
import org.ansim.cases.CaseId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places a case under conference or releases it (for the conference module). */
@Service
class MarkCaseConference implements CaseConferenceMarking {

    private final Cases cases;
    private final Clock clock;

    MarkCaseConference(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void placeUnderConference(CaseId caseId) {
        mark(caseId, true);
    }

    @Override
    @Transactional
    public void releaseFromConference(CaseId caseId) {
        mark(caseId, false);
    }

    private void mark(CaseId caseId, boolean under) {
        var found = cases.findById(caseId.value()).orElseThrow(() -> new CaseNotFound(caseId.toString()));
        found.placeUnderConference(under, clock.instant());
        cases.saveAndFlush(found);
    }
}
