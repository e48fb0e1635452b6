package org.ansim.services.internal;

import java.util.UUID;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.services.ServiceReferralState;
import org.springframework.stereotype.Component;

/**
 * The provider's need-to-know: a referral exists for her only when it is addressed to her organisation, and she may
 * open it only while it is not suspended and the victim's consent still covers her organisation — checked on every
 * read and every write.
 */
@Component
class ProviderAccess {

    private final ServiceReferrals referrals;
    private final ServiceSharing sharing;

    ProviderAccess(ServiceReferrals referrals, ServiceSharing sharing) {
        this.referrals = referrals;
        this.sharing = sharing;
    }

    static StaffPrincipal provider() {
        return CurrentStaff.find()
                .filter(staff -> staff.hasRole(Role.PROVIDER))
                .orElseThrow(ServiceReferralNotFound::new);
    }

    /**
     * @throws ServiceReferralNotFound when it is not addressed to her organisation
     * @throws AccessEnded when it was suspended or consent no longer covers her organisation
     */
    ServiceReferral open(UUID id) {
        var staff = provider();
        var referral = referrals
                .findById(id)
                .filter(r -> r.isAddressedTo(staff.organisationId()))
                .orElseThrow(ServiceReferralNotFound::new);
        if (referral.state() == ServiceReferralState.SUSPENDED
                || !sharing.allows(referral.caseId(), referral.organisationId())) {
            throw new AccessEnded();
        }
        return referral;
    }
}
