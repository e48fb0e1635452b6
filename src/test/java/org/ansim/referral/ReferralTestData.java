package org.ansim.referral;

/** A police referral's JSON for other modules' tests. */
public final class ReferralTestData {

    private ReferralTestData() {}

    public static String highRisk() {
        return ReferralMother.highRisk().toString();
    }

    /**
     * A referral the police rated MEDIUM: no rule of the case conference's agenda takes the case by itself, so it is
     * not "under conference" and the profiler may not see it (every HIGH case is on the next meeting's agenda).
     */
    public static String mediumRisk() {
        var referral = ReferralMother.highRisk();
        referral.put("policeRiskLevel", "MEDIUM");
        return referral.toString();
    }

    /** Like {@link #ofDistinctPeople}, rated MEDIUM by the police (see {@link #mediumRisk}). */
    public static String ofDistinctPeopleAtMediumRisk(int n) {
        var referral = ReferralMother.distinctPeople(
                "2026-서울강남-" + java.util.UUID.randomUUID().toString().substring(0, 13), n);
        referral.put("policeRiskLevel", "MEDIUM");
        return referral.toString();
    }

    /** The {@code n}th of a series of referrals, each of a different victim and offender, with its own report number. */
    public static String ofDistinctPeople(int n) {
        return ReferralMother.distinctPeople(
                        "2026-서울강남-" + java.util.UUID.randomUUID().toString().substring(0, 13), n)
                .toString();
    }
}
