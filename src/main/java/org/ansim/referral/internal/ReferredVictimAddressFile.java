package org.ansim.referral.internal;

import java.util.Optional;
import org.ansim.cases.CaseId;
import org.ansim.privacy.Address;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.SealedValues;
import org.ansim.referral.ReferredVictimAddresses;
import org.springframework.stereotype.Component;

/** Reveals the referred victim's address from the sealed victim of the case's police referral. */
@Component
class ReferredVictimAddressFile implements ReferredVictimAddresses {

    private final PoliceReferralFile file;
    private final SealedValues sealedValues;

    ReferredVictimAddressFile(PoliceReferralFile file, SealedValues sealedValues) {
        this.file = file;
        this.sealedValues = sealedValues;
    }

    @Override
    public boolean hasAddress(CaseId caseId) {
        return file.findByCase(caseId).isPresent();
    }

    @Override
    public Optional<Address> reveal(CaseId caseId, RevealReason reason) {
        return file.findByCase(caseId)
                .map(entry -> sealedValues.reveal(entry.victim(), entry.where("victim"), reason))
                .map(ReceivePoliceReferral.SealedVictim::address);
    }
}
