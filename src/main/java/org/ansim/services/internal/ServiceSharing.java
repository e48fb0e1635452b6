package org.ansim.services.internal;

import org.ansim.cases.CaseId;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.identity.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Whether the victim's consent, in force now, lets her case be shared with one named organisation: sharing with
 * service providers naming that organisation, and case management itself. Asked before anything is sent and again on
 * every read by the provider, so a withdrawal ends access at once, before the suspension is even written.
 */
@Component
class ServiceSharing {

    private final Consents consents;

    ServiceSharing(Consents consents) {
        this.consents = consents;
    }

    boolean allows(CaseId caseId, OrganisationId organisation) {
        return consents.covers(caseId, ConsentPurpose.SERVICE_REFERRAL, organisation)
                && consents.covers(caseId, ConsentPurpose.CASE_MANAGEMENT);
    }
}
