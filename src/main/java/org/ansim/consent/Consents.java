package org.ansim.consent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationId;

/** The consent module's face to other modules. */
public interface Consents {

    /** Records a consent in the caller's transaction (a police referral records the consent it carried). */
    ConsentId record(
            CaseId caseId,
            ConsentPurpose purpose,
            Set<OrganisationId> organisations,
            Instant obtainedAt,
            ConsentMethod method,
            String obtainedBy);

    /** Whether the victim's consent, in force now, covers this purpose (and organisation, for sharing). */
    boolean covers(CaseId caseId, ConsentPurpose purpose, OrganisationId organisation);

    boolean covers(CaseId caseId, ConsentPurpose purpose);

    List<ConsentView> of(CaseId caseId);

    record ConsentView(
            ConsentId id,
            ConsentPurpose purpose,
            Set<OrganisationId> organisations,
            Instant obtainedAt,
            ConsentMethod method,
            String obtainedBy,
            Instant withdrawnAt,
            String withdrawnBy,
            String withdrawalHow) {

        public boolean inForce() {
            return withdrawnAt == null;
        }
    }
}
