package org.ansim.referral;

import java.util.Optional;
import org.ansim.cases.CaseId;
import org.ansim.privacy.Address;
import org.ansim.privacy.RevealReason;

/**
 * The home address the police gave for a referred victim, for modules that must send help there (the dispatcher's
 * alert detail). Only revealed, never handed out sealed: the reveal is audited with the signed-in person's reason. The
 * caller decides beforehand whether this person may see it.
 */
public interface ReferredVictimAddresses {

    /** Whether the case came with a police referral (and so has an address to reveal). */
    boolean hasAddress(CaseId caseId);

    /** The address in clear, audited as a reveal of the referral's victim with {@code reason}. */
    Optional<Address> reveal(CaseId caseId, RevealReason reason);
}
