package org.ansim.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ansim.identity.Role;
import org.ansim.identity.internal.DemoAccounts;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every staff page of the referral and intake flow, on a case assigned to demo-case-manager: the
 * page answers 200 to those who may see it, 404 to a role that may open such pages but not this case (so that its
 * existence does not leak), and 403 to every other role.
 */
@AnsimIntegrationTest
class CasePagesAccessTests {

    static final Pattern CASE_NUMBER = Pattern.compile("STK-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    @Test
    void eachRoleGetsExactlyThePagesItsWorkNeeds() {
        var referral =
                ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.mediumRisk());
        var matcher = CASE_NUMBER.matcher(referral.body());
        assertThat(matcher.find()).isTrue();
        var number = matcher.group();
        var lead = StaffSession.signedIn(port, "demo-unit-lead", DemoAccounts.PASSWORD);
        lead.get("/");
        assertThat(lead.postJson("/api/v1/cases/" + number + "/assignment", "{\"caseManager\": \"demo-case-manager\"}")
                        .statusCode())
                .isEqualTo(200);

        var unit = Set.of(Role.UNIT_LEAD, Role.CASE_MANAGER);
        var pages = new LinkedHashMap<String, Map<Role, Integer>>();
        pages.put("/cases", allowed(unit, Set.of()));
        pages.put("/cases/" + number, allowed(unit, Set.of(Role.PROFILER)));
        pages.put("/cases/" + number + "/referral", allowed(unit, Set.of(Role.PROFILER)));
        pages.put("/cases/" + number + "/consents", allowed(unit, Set.of()));
        pages.put("/cases/" + number + "/people", allowed(unit, Set.of()));
        pages.put("/inbox", allowed(Set.of(Role.UNIT_LEAD, Role.CASE_MANAGER, Role.DISPATCHER), Set.of()));
        pages.put("/intake/new", allowed(Set.of(Role.UNIT_LEAD, Role.CASE_MANAGER, Role.HOTLINE), Set.of()));

        var wrong = new LinkedHashMap<String, Integer>();
        for (var role : Role.values()) {
            var session = StaffSession.signedIn(port, DemoAccounts.username(role), DemoAccounts.PASSWORD);
            pages.forEach((path, expected) -> {
                var status = session.get(path).statusCode();
                if (status != expected.get(role)) {
                    wrong.put(role + " " + path + " (expected " + expected.get(role) + ")", status);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    private static Map<Role, Integer> allowed(Set<Role> see, Set<Role> notThisCase) {
        var expected = new EnumMap<Role, Integer>(Role.class);
        for (var role : Role.values()) {
            expected.put(role, see.contains(role) ? 200 : notThisCase.contains(role) ? 404 : 403);
        }
        return expected;
    }
}
