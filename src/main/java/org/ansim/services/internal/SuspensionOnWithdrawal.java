package org.ansim.services.internal;

import java.time.Clock;
import java.util.List;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.ConsentWithdrawn;
import org.ansim.services.ServiceReferralState;
import org.ansim.services.SuspensionCause;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the victim withdraws a consent, every open referral her consent no longer covers is suspended: the provider's
 * inbox shows it and its access has ended (reads ask {@link ServiceSharing} themselves, so access ends even before
 * this runs). The service goes back to wanted, to be referred again only under a new consent. Redelivery suspends
 * nothing twice.
 */
@Component
class SuspensionOnWithdrawal {

    private final ServiceReferrals referrals;
    private final PlannedServices services;
    private final ServiceSharing sharing;
    private final Clock clock;

    SuspensionOnWithdrawal(ServiceReferrals referrals, PlannedServices services, ServiceSharing sharing, Clock clock) {
        this.referrals = referrals;
        this.services = services;
        this.sharing = sharing;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawal) {
        if (withdrawal.purpose() == ConsentPurpose.STATISTICS) {
            return;
        }
        var now = clock.instant();
        for (var referral : referrals.findByCaseIdAndStateIn(
                withdrawal.caseId().value(), List.of(ServiceReferralState.SENT, ServiceReferralState.ACCEPTED))) {
            if (sharing.allows(referral.caseId(), referral.organisationId())) {
                continue;
            }
            if (referral.suspend(SuspensionCause.CONSENT_WITHDRAWN, now)) {
                referrals.save(referral);
                services.findById(referral.serviceId()).ifPresent(service -> {
                    service.wantedAgain("consent", now);
                    services.save(service);
                });
            }
        }
    }
}
