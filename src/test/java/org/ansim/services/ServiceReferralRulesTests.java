package org.ansim.services;

import static org.ansim.services.ServicesScenario.COUNSELLING_CENTRE;
import static org.ansim.services.ServicesScenario.HOSPITAL;
import static org.ansim.services.ServicesScenario.json;
import static org.ansim.services.ServicesScenario.session;
import static org.assertj.core.api.Assertions.assertThat;

import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of provider referrals, as stories: consent per named organisation, the provider's need-to-know, the
 * withdrawal that ends access at once, the counselling cap and its extension, the victim's refusal.
 */
@AnsimIntegrationTest
class ServiceReferralRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReferralToAnOrganisationSheDidNotNameIsRefusedAndNothingIsSent() {
        var story = ServicesScenario.referredCase(port);
        story.consentToShareWith(story.organisationOf(HOSPITAL));

        var refused = story.refer("COUNSELLING", story.organisationOf(COUNSELLING_CENTRE));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(refused).get("type").asString()).endsWith("/consent-required");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_referral WHERE case_number = ?")
                        .param(story.caseNumber)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(story.plan().get("services").toString()).doesNotContain("REFERRED");
        var provider = ServicesScenario.signedIn(port, "demo-provider");
        assertThat(provider.getJson("/api/v1/service-referrals").body()).doesNotContain(story.alias);
    }

    @Test
    void aReferralWithConsentReachesTheNamedProviderWithTheMinimumOnly() {
        var story = ServicesScenario.referredCase(port);
        var centre = story.organisationOf(COUNSELLING_CENTRE);
        story.consentToShareWith(centre);

        var referralId = story.referred("COUNSELLING", centre);

        var provider = ServicesScenario.signedIn(port, "demo-provider");
        var inbox = provider.getJson("/api/v1/service-referrals");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains(referralId).contains(story.alias);
        var detail = provider.getJson("/api/v1/service-referrals/" + referralId);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("주 1회 심리상담을 원함")
                .contains("정유나")
                .doesNotContain(story.caseNumber)
                .doesNotContain("테헤란로")
                .doesNotContain("HIGH")
                .doesNotContain("010-");
        var plan = story.plan();
        assertThat(plan.get("services").get(0).get("state").asString()).isEqualTo("REFERRED");
        assertThat(plan.get("services")
                        .get(0)
                        .get("referrals")
                        .get(0)
                        .get("firstContactDue")
                        .asString())
                .isNotBlank();
    }

    @Test
    void aProviderOfAnotherOrganisationFindsNothing() {
        var story = ServicesScenario.referredCase(port);
        var hospital = story.organisationOf(HOSPITAL);
        story.consentToShareWith(hospital);
        var referralId = story.referred("MEDICAL_FEES", hospital);

        var counsellor = ServicesScenario.signedIn(port, "demo-provider");

        assertThat(counsellor.getJson("/api/v1/service-referrals/" + referralId).statusCode())
                .isEqualTo(404);
        assertThat(counsellor
                        .postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(counsellor.getJson("/api/v1/service-referrals").body()).doesNotContain(referralId);
    }

    @Test
    void withdrawingConsentEndsTheProvidersAccessAtOnceAndHerInboxShowsIt() {
        var story = ServicesScenario.referredCase(port);
        var centre = story.organisationOf(COUNSELLING_CENTRE);
        var consent = story.consentToShareWith(centre);
        var referralId = story.referred("COUNSELLING", centre);
        var provider = ServicesScenario.signedIn(port, "demo-provider");
        assertThat(provider.getJson("/api/v1/service-referrals/" + referralId).statusCode())
                .isEqualTo(200);

        assertThat(story.withdrawConsent(consent).statusCode()).isEqualTo(200);

        var next = provider.getJson("/api/v1/service-referrals/" + referralId);
        assertThat(next.statusCode()).isEqualTo(403);
        assertThat(json(next).get("type").asString()).endsWith("/access-ended");
        assertThat(next.body()).doesNotContain("주 1회 심리상담을 원함");
        assertThat(provider.postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "")
                        .statusCode())
                .isEqualTo(403);
        ServicesScenario.eventually(
                () -> assertThat(provider.getJson("/api/v1/service-referrals").body())
                        .contains(referralId)
                        .contains("SUSPENDED")
                        .contains("CONSENT_WITHDRAWN"));
        assertThat(story.plan().toString()).contains("SUSPENDED");
    }

    @Test
    void counsellingStopsAtTenSessionsUntilTheUnitLeadApprovesMore() {
        var story = ServicesScenario.referredCase(port);
        var centre = story.organisationOf(COUNSELLING_CENTRE);
        story.consentToShareWith(centre);
        var referralId = story.referred("COUNSELLING", centre);
        var provider = ServicesScenario.signedIn(port, "demo-provider");
        assertThat(provider.postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "")
                        .statusCode())
                .isEqualTo(200);

        for (var n = 1; n <= 10; n++) {
            assertThat(session(provider, referralId).statusCode())
                    .as("session " + n)
                    .isEqualTo(201);
        }
        var eleventh = session(provider, referralId);

        assertThat(eleventh.statusCode()).isEqualTo(422);
        assertThat(json(eleventh).get("type").asString()).endsWith("/limit-reached");
        assertThat(sessionsOf(referralId)).isEqualTo(10);

        var manager = story.manager;
        assertThat(manager.postJson(
                                "/api/v1/cases/" + story.caseNumber + "/session-extensions",
                                "{\"additionalSessions\":2,\"reason\":\"트라우마 치료 지속 필요\"}")
                        .statusCode())
                .isEqualTo(403);
        var lead = ServicesScenario.signedIn(port, "demo-unit-lead");
        var approved = lead.postJson(
                "/api/v1/cases/" + story.caseNumber + "/session-extensions",
                "{\"additionalSessions\":2,\"reason\":\"트라우마 치료 지속 필요\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
        assertThat(json(approved).get("baseLimit").asInt()).isEqualTo(10);
        assertThat(json(approved).get("limitAfter").asInt()).isEqualTo(12);
        assertThat(json(approved).get("approvedBy").asString()).isEqualTo("demo-unit-lead");

        assertThat(session(provider, referralId).statusCode()).isEqualTo(201);
        assertThat(session(provider, referralId).statusCode()).isEqualTo(201);
        assertThat(session(provider, referralId).statusCode()).isEqualTo(422);
        assertThat(sessionsOf(referralId)).isEqualTo(12);
    }

    @Test
    void aServiceSheDeclinedIsNeverReferredAndOneSheStopsEndsTheProvidersAccess() {
        var story = ServicesScenario.referredCase(port);
        var centre = story.organisationOf(COUNSELLING_CENTRE);
        var hospital = story.organisationOf(HOSPITAL);
        story.consentToShareWith(centre, hospital);
        assertThat(story.manager
                        .postJson(
                                "/api/v1/cases/" + story.caseNumber + "/service-plan/services",
                                "{\"service\":\"MEDICAL_FEES\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(story.manager
                        .postJson(
                                "/api/v1/cases/" + story.caseNumber + "/service-plan/services/MEDICAL_FEES/refusal",
                                "{\"reason\":\"병원비는 필요 없다고 함\"}")
                        .statusCode())
                .isEqualTo(200);

        var declined = story.refer("MEDICAL_FEES", hospital);
        assertThat(declined.statusCode()).isEqualTo(422);
        assertThat(json(declined).get("type").asString()).endsWith("/declined-by-victim");

        var referralId = story.referred("COUNSELLING", centre);
        var provider = ServicesScenario.signedIn(port, "demo-provider");
        provider.postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "");
        var stopped = story.manager.postJson(
                "/api/v1/cases/" + story.caseNumber + "/service-plan/services/COUNSELLING/stop",
                "{\"reason\":\"상담을 그만하고 싶다고 함\"}");
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);

        assertThat(provider.getJson("/api/v1/service-referrals/" + referralId).statusCode())
                .isEqualTo(403);
        assertThat(session(provider, referralId).statusCode()).isEqualTo(403);
        var again = story.refer("COUNSELLING", centre);
        assertThat(json(again).get("type").asString()).endsWith("/declined-by-victim");
        var plan = story.plan().get("services").toString();
        assertThat(plan).contains("DECLINED_BY_VICTIM").contains("STOPPED_BY_VICTIM");
    }

    @Test
    void theFirstSessionStartsTheServiceAndThePoliceSeeTheVictimSupported() {
        var story = ServicesScenario.referredCase(port);
        var centre = story.organisationOf(COUNSELLING_CENTRE);
        story.consentToShareWith(centre);
        var referralId = story.referred("COUNSELLING", centre);
        var provider = ServicesScenario.signedIn(port, "demo-provider");
        provider.postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "");
        var police = ApiClient.withKey(port, "demo-police-key");
        var reportNumber = jdbc.sql("SELECT report_number FROM referral_police_referral WHERE case_number = ?")
                .param(story.caseNumber)
                .query(String.class)
                .single();
        var statusPath = "/api/v1/referrals/"
                + java.net.URLEncoder.encode("서울강남경찰서", java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20")
                + "/" + java.net.URLEncoder.encode(reportNumber, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(police.get(statusPath).body()).doesNotContain("SUPPORTED");

        assertThat(session(provider, referralId).statusCode()).isEqualTo(201);

        assertThat(story.plan().get("services").get(0).get("state").asString()).isEqualTo("IN_PROGRESS");
        ServicesScenario.eventually(
                () -> assertThat(police.get(statusPath).body()).contains("\"status\":\"SUPPORTED\""));
        ServicesScenario.eventually(
                () -> assertThat(jdbc.sql("SELECT kind FROM cases_timeline t JOIN cases_case c ON c.id = t.case_id"
                                        + " WHERE c.number = ? AND t.module = 'services'")
                                .param(story.caseNumber)
                                .query(String.class)
                                .list())
                        .contains(
                                "SERVICE_REFERRAL_SENT",
                                "SERVICE_REFERRAL_ACCEPTED",
                                "SERVICE_STARTED",
                                "SERVICE_SESSION_RECORDED"));
    }

    @Test
    void firstContactIsDueTwoWorkingDaysAfterTheReferralAndAnOverdueOneShowsOnThePlan() {
        var story = ServicesScenario.referredCase(port);
        var centre = story.organisationOf(COUNSELLING_CENTRE);
        story.consentToShareWith(centre);
        var referralId = story.referred("COUNSELLING", centre);
        var today = java.time.LocalDate.now(org.ansim.settings.PolicySettings.ZONE);

        var referral = story.plan().get("services").get(0).get("referrals").get(0);
        assertThat(referral.get("firstContactDue").asString())
                .isEqualTo(workingDays.workingDaysAfter(today, 2).toString());
        assertThat(referral.get("firstContactOverdue").asBoolean()).isFalse();

        jdbc.sql("UPDATE services_referral SET first_contact_due = ? WHERE id = ?::uuid")
                .params(today.minusDays(1), referralId)
                .update();
        assertThat(story.plan()
                        .get("services")
                        .get(0)
                        .get("referrals")
                        .get(0)
                        .get("firstContactOverdue")
                        .asBoolean())
                .isTrue();

        var provider = ServicesScenario.signedIn(port, "demo-provider");
        assertThat(provider.postJson("/api/v1/service-referrals/" + referralId + "/first-contact", "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(story.plan()
                        .get("services")
                        .get(0)
                        .get("referrals")
                        .get(0)
                        .get("firstContactOverdue")
                        .asBoolean())
                .isFalse();
    }

    @Autowired
    org.ansim.cases.WorkingDays workingDays;

    private int sessionsOf(String referralId) {
        return jdbc.sql("SELECT COUNT(*) FROM services_session WHERE referral_id = ?::uuid")
                .param(referralId)
                .query(Integer.class)
                .single();
    }
}
