package org.ansim.cases.internal;

import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseId;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need-to-know on cases: every unit lead; the case manager the case is assigned to; the profiler while the case is
 * under conference. Everyone else is refused.
 */
@Component
class NeedToKnow implements CaseAccess {

    private final Cases cases;

    NeedToKnow(Cases cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(CaseId caseId, StaffPrincipal staff) {
        return cases.findById(caseId.value()).map(found -> maySee(found, staff)).orElse(false);
    }

    static boolean maySee(Case found, StaffPrincipal staff) {
        return switch (staff.role()) {
            case UNIT_LEAD -> true;
            case CASE_MANAGER -> found.isAssignedTo(staff.username());
            case PROFILER -> found.underConference();
            default -> false;
        };
    }

    static boolean seesEveryCase(StaffPrincipal staff) {
        return staff.role() == Role.UNIT_LEAD;
    }
}
