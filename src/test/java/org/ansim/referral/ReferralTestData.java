package org.ansim.referral;

/** A police referral's JSON for other modules' tests. */
public final class ReferralTestData {

    private ReferralTestData() {}

    public static String highRisk() {
        return ReferralMother.highRisk().toString();
    }
}
