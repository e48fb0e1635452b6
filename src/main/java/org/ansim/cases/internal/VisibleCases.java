package org.ansim.cases.internal;

import java.util.Optional;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseNumber;
import org.ansim.identity.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Loads a case for a staff member only if she may see it; to her, a case she may not see does not exist. */
@Component
class VisibleCases {

    private final Cases cases;
    private final CaseAccess access;

    VisibleCases(Cases cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    Optional<Case> find(String number, StaffPrincipal staff) {
        if (!CaseNumber.isWellFormed(number)) {
            return Optional.empty();
        }
        return cases.findByNumber(number).filter(found -> access.maySee(found.id(), staff));
    }

    Case get(String number, StaffPrincipal staff) {
        return find(number, staff).orElseThrow(() -> new CaseNotFound(number));
    }
}
