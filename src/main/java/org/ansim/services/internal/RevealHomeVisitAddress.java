package org.ansim.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.RevealReason;
import org.ansim.referral.ReferredVictimAddresses;
import org.ansim.settings.PolicySettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist assigned to a scheduled home visit reveals the victim's home address for that visit, with a reason,
 * audited: from the start of the visit's day until it is done, at most {@value #WINDOW_SETTING} after its start.
 * Nobody else at the provider, and not outside that window.
 */
@Service
public class RevealHomeVisitAddress {

    static final String WINDOW_SETTING = "services.home-visit-address-hours";

    private final ProviderAccess access;
    private final HomeVisits visits;
    private final ReferredVictimAddresses addresses;
    private final PolicySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    RevealHomeVisitAddress(
            ProviderAccess access,
            HomeVisits visits,
            ReferredVictimAddresses addresses,
            PolicySettings settings,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.visits = visits;
        this.addresses = addresses;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @return the address on one line
     * @throws ServiceReferralNotFound when the referral is not her organisation's, the visit not this referral's, or
     *     the case has no address on file
     * @throws AccessEnded when consent no longer covers her organisation or the referral was suspended
     * @throws AddressWithheld when she is not the visit's therapist or it is outside the visit's window
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public String execute(UUID referralId, UUID visitId, RevealReason reason) {
        var staff = ProviderAccess.provider();
        var referral = access.open(referralId);
        var visit = visits.findById(visitId)
                .filter(v -> v.referralId().value().equals(referralId))
                .orElseThrow(ServiceReferralNotFound::new);
        var now = clock.instant();
        var hours = settings.number(WINDOW_SETTING, LocalDate.ofInstant(visit.startsAt(), PolicySettings.ZONE));
        try {
            visit.requireAddressAllowed(staff.username(), now, hours);
        } catch (AddressWithheld withheld) {
            audit.record(AuditAction.REVEAL, AuditSubject.of("home-visit", visitId), "refused: " + withheld.type());
            throw withheld;
        }
        var address = addresses
                .reveal(referral.caseId(), new RevealReason(truncate("home visit " + visitId + ": " + reason.text())))
                .orElseThrow(ServiceReferralNotFound::new);
        audit.record(AuditAction.REVEAL, AuditSubject.of("home-visit", visitId), reason.text());
        return address.oneLine();
    }

    private static String truncate(String text) {
        return text.length() > RevealReason.MAX_LENGTH ? text.substring(0, RevealReason.MAX_LENGTH) : text;
    }
}
