package org.ansim.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;

/** A fresh police-referred case assigned to {@code demo-case-manager}, for the protection modules' tests. */
public final class CaseMother {

    static final Pattern CASE_NUMBER = Pattern.compile("STK-\\d{4}-\\d{6}");

    private CaseMother() {}

    public static String assignedToDemoCaseManager(int port) {
        return assignedToDemoCaseManager(port, ReferralTestData.ofDistinctPeople((int) (System.nanoTime() % 100_000)));
    }

    /** A case the police rated MEDIUM: on no conference agenda, so the profiler may not see it. */
    public static String offTheAgendaAssignedToDemoCaseManager(int port) {
        return assignedToDemoCaseManager(
                port, ReferralTestData.ofDistinctPeopleAtMediumRisk((int) (System.nanoTime() % 100_000)));
    }

    public static String assignedToDemoCaseManager(int port, String referralJson) {
        var referral = ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", referralJson);
        assertThat(referral.statusCode()).isEqualTo(201);
        var matcher = CASE_NUMBER.matcher(referral.body());
        assertThat(matcher.find()).isTrue();
        var number = matcher.group();
        var lead = StaffSession.signedIn(port, "demo-unit-lead", "demo-password");
        lead.get("/");
        assertThat(lead.postJson("/api/v1/cases/" + number + "/assignment", "{\"caseManager\": \"demo-case-manager\"}")
                        .statusCode())
                .isEqualTo(200);
        return number;
    }
}
