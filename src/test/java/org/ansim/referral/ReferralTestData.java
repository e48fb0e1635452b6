package org.ansim.referral;

/** A police referral's JSON for other modules' tests. */
public final class ReferralTestData {

    private ReferralTestData() {}

    public static String highRisk() {
        return ReferralMother.highRisk().toString();
    }

    /** The {@code n}th of a series of referrals, each of a different victim and offender, with its own report number. */
    public static String ofDistinctPeople(int n) {
        return ReferralMother.distinctPeople(
                        "2026-서울강남-" + java.util.UUID.randomUUID().toString().substring(0, 13), n)
                .toString();
    }
}
