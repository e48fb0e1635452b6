package org.ansim.cases;

import org.ansim.identity.StaffPrincipal;
import org.springframework.security.core.Authentication;

/**
 * Need-to-know: who may see which case. The assigned case manager, every unit lead, and the profiler while the case is
 * under conference; nobody else (police, providers and every other role are refused, machine clients too).
 */
public interface CaseAccess {

    boolean maySee(CaseId caseId, StaffPrincipal staff);

    /** The same decision for whoever is authenticated; anyone who is not a staff member is refused. */
    default boolean maySee(CaseId caseId, Authentication authentication) {
        return authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal staff
                && maySee(caseId, staff);
    }
}
