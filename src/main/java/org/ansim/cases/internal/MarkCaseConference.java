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
    public boolean placeUnderConference(CaseId caseId) {
        return mark(caseId, true);
    }

    @Override
    @Transactional
    public boolean releaseFromConference(CaseId caseId) {
        return mark(caseId, false);
    }

    private boolean mark(CaseId caseId, boolean under) {
        var found = cases.findById(caseId.value());
        if (found.isEmpty()) {
            return false;
        }
        found.get().placeUnderConference(under, clock.instant());
        cases.saveAndFlush(found.get());
        return true;
    }
}
