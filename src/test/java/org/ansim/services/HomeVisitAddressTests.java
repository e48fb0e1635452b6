package org.ansim.services;

import static org.ansim.services.ServicesScenario.HOSPITAL;
import static org.ansim.services.ServicesScenario.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.Role;
import org.ansim.identity.internal.StaffDirectory;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A home-visit therapist sees the victim's home address for her scheduled visit only: she alone at the provider, from
 * the visit's day until it is done (or the window after its start closes), with a reason, audited.
 */
@AnsimIntegrationTest
class HomeVisitAddressTests {

    static final String ADDRESS = "서울특별시 강남구 테헤란로 1길 23, 402호";
    static final String REASON = "{\"reason\":\"방문치료를 위해 주소 확인\"}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory directory;

    /** A story with an accepted home-therapy referral to the hospital and two of its therapists. */
    final class HomeTherapy {
        final ServicesScenario story = ServicesScenario.referredCase(port);
        final String hospital = story.organisationOf(HOSPITAL);
        final String consent = story.consentToShareWith(hospital);
        final String referralId = story.referred("HOME_THERAPY", hospital);
        final String therapistName = therapist();
        final StaffSession therapist = ServicesScenario.signedIn(port, therapistName);
        final StaffSession colleague = ServicesScenario.signedIn(port, therapist());

        HomeTherapy() {
            assertThat(therapist
                            .postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "")
                            .statusCode())
                    .isEqualTo(200);
        }

        String therapist() {
            var username = "therapist-" + UUID.randomUUID().toString().substring(0, 8);
            var administrator = new org.springframework.security.authentication.TestingAuthenticationToken(
                    "test-administrator", "n/a", "ROLE_ADMIN");
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(administrator);
            try {
                directory.registerUser(
                        username,
                        "방문치료사 " + username,
                        Role.PROVIDER,
                        new OrganisationId(UUID.fromString(hospital)),
                        "demo-password");
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
            jdbc.sql("UPDATE identity_staff_user SET second_factor_required = FALSE WHERE username = ?")
                    .param(username)
                    .update();
            return username;
        }

        /** The case manager schedules a visit for the first therapist; answers its id. */
        String visitStartingIn(Duration fromNow) {
            var response = schedule(Instant.now().plus(fromNow), therapistName);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return json(response).get("visitId").asString();
        }

        HttpResponse<String> schedule(Instant startsAt, String who) {
            return story.manager.postJson(
                    "/api/v1/cases/" + story.caseNumber + "/service-referrals/" + referralId + "/home-visits",
                    "{\"startsAt\":\"" + OffsetDateTime.ofInstant(startsAt, PolicySettings.ZONE) + "\",\"therapist\":\""
                            + who + "\"}");
        }

        HttpResponse<String> reveal(StaffSession who, String visitId) {
            return who.postJson(
                    "/api/v1/service-referrals/" + referralId + "/home-visits/" + visitId + "/address-reveal", REASON);
        }
    }

    @Test
    void theVictimsPhoneListsTheComingVisitByItsTimeAloneAndDropsItOnceDone() {
        var home = new HomeTherapy();
        var startsAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        var scheduled = home.schedule(startsAt, home.therapistName);
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        var visitId = json(scheduled).get("visitId").asString();
        var phone = org.ansim.safety.PhoneMother.enrolledPhoneOn(port, home.story.caseNumber);

        var me = json(phone.get("/api/v1/app/me"));

        var appointment = me.get("appointments").get(0);
        assertThat(appointment.get("kind").asString()).isEqualTo("HOME_VISIT");
        assertThat(appointment.get("label").asString()).isEqualTo("가정 방문");
        assertThat(OffsetDateTime.parse(appointment.get("at").asString()).toInstant())
                .isEqualTo(startsAt);
        assertThat(me.toString()).doesNotContain(home.therapistName, "방문치료사", ADDRESS);

        jdbc.sql("UPDATE services_home_visit SET done_at = now(), done_by = 'test' WHERE id = ?::uuid")
                .param(visitId)
                .update();
        assertThat(json(phone.get("/api/v1/app/me")).get("appointments").size()).isZero();
    }

    @Test
    void theAssignedTherapistSeesTheAddressOnTheVisitDayAndTheRevealIsAudited() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofMinutes(1));

        var revealed = home.reveal(home.therapist, visitId);

        assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
        assertThat(json(revealed).get("address").asString()).isEqualTo(ADDRESS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'REVEAL'")
                        .param(visitId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(home.therapist
                        .getJson("/api/v1/service-referrals/" + home.referralId)
                        .body())
                .doesNotContain("테헤란로");
    }

    @Test
    void anotherTherapistOfTheSameProviderIsRefused() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofMinutes(1));

        var refused = home.reveal(home.colleague, visitId);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).endsWith("/not-assigned-therapist");
        assertThat(refused.body()).doesNotContain("테헤란로");
    }

    @Test
    void aProviderOfAnotherOrganisationFindsNoVisit() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofMinutes(1));
        var counsellor = ServicesScenario.signedIn(port, "demo-provider");

        assertThat(home.reveal(counsellor, visitId).statusCode()).isEqualTo(404);
        assertThat(counsellor
                        .getJson("/api/v1/service-referrals/" + home.referralId + "/home-visits")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAddressIsRefusedBeforeTheVisitsDay() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofDays(2));

        var refused = home.reveal(home.therapist, visitId);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).endsWith("/outside-visit-window");
    }

    @Test
    void theAddressClosesOnceTheVisitIsDone() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofMinutes(1));
        assertThat(home.colleague
                        .postJson(
                                "/api/v1/service-referrals/" + home.referralId + "/home-visits/" + visitId
                                        + "/completion",
                                "")
                        .statusCode())
                .isEqualTo(403);

        assertThat(home.therapist
                        .postJson(
                                "/api/v1/service-referrals/" + home.referralId + "/home-visits/" + visitId
                                        + "/completion",
                                "")
                        .statusCode())
                .isEqualTo(200);

        var refused = home.reveal(home.therapist, visitId);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).endsWith("/outside-visit-window");
    }

    @Test
    void theAddressClosesTheWindowAfterTheVisitsStart() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofMinutes(1));
        jdbc.sql("UPDATE services_home_visit SET starts_at = ? WHERE id = ?::uuid")
                .params(
                        java.sql.Timestamp.from(
                                Instant.now().minus(Duration.ofHours(12).plusMinutes(1))),
                        visitId)
                .update();

        var refused = home.reveal(home.therapist, visitId);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).endsWith("/outside-visit-window");
    }

    @Test
    void withdrawnConsentEndsTheTherapistsAccessToo() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofMinutes(1));
        assertThat(home.story.withdrawConsent(home.consent).statusCode()).isEqualTo(200);

        var refused = home.reveal(home.therapist, visitId);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).endsWith("/access-ended");
    }

    @Test
    void aVisitGoesOnlyToATherapistOfThatProviderAndOnlyOnAHomeTherapyReferral() {
        var home = new HomeTherapy();

        var stranger = home.schedule(Instant.now().plus(Duration.ofHours(1)), "demo-provider");
        assertThat(stranger.statusCode()).isEqualTo(422);
        assertThat(json(stranger).get("type").asString()).endsWith("/therapist-unknown");

        var past = home.schedule(Instant.now().minus(Duration.ofDays(2)), home.therapistName);
        assertThat(past.statusCode()).isEqualTo(422);

        var medical = home.story.referred("MEDICAL_FEES", home.hospital);
        home.therapist.postJson("/api/v1/service-referrals/" + medical + "/acceptance", "");
        var notHome = home.story.manager.postJson(
                "/api/v1/cases/" + home.story.caseNumber + "/service-referrals/" + medical + "/home-visits",
                "{\"startsAt\":\"" + OffsetDateTime.now(PolicySettings.ZONE).plusHours(1) + "\",\"therapist\":\""
                        + home.therapistName + "\"}");
        assertThat(notHome.statusCode()).isEqualTo(422);
        assertThat(json(notHome).get("type").asString()).endsWith("/not-home-therapy");
    }

    @Test
    void onTheVisitPageOnlyTheAssignedTherapistSeesTheAddressAndAColleagueIsRefused() {
        var home = new HomeTherapy();
        var visitId = home.visitStartingIn(Duration.ofMinutes(1));
        var path = "/service-referrals/" + home.referralId + "/home-visits";

        var page = home.therapist.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(visitId).doesNotContain("테헤란로");
        var revealed = home.therapist.postForm(
                path + "/" + visitId + "/address-reveal", java.util.Map.of("reason", "오늘 방문치료를 위해"));
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains("테헤란로 1길 23, 402호");

        home.colleague.get(path);
        var refused = home.colleague.postForm(
                path + "/" + visitId + "/address-reveal", java.util.Map.of("reason", "궁금해서 확인합니다"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("테헤란로");
    }

    @Test
    void theCaseManagerSchedulesAVisitOnThePlanPageAndTheTherapistSeesIt() {
        var home = new HomeTherapy();
        var plan = "/cases/" + home.story.caseNumber + "/services";
        var form = plan + "/referrals/" + home.referralId + "/home-visits";

        var page = home.story.manager.get(plan);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"home-visits\"").contains(home.therapistName);

        var when = java.time.LocalDateTime.now(PolicySettings.ZONE)
                .plusDays(2)
                .withHour(15)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var scheduled = home.story.manager.postForm(
                form, java.util.Map.of("startsAt", when.toString(), "therapist", home.therapistName));
        assertThat(scheduled.statusCode()).isEqualTo(302);
        var after = home.story.manager.get(plan).body();
        assertThat(after).contains("방문 일정을 등록했습니다").contains(when.toLocalDate() + " 15:00");
        assertThat(home.therapist
                        .get("/service-referrals/" + home.referralId + "/home-visits")
                        .body())
                .contains(when.toLocalDate() + " 15:00");

        var noDate = home.story.manager.postForm(
                form, java.util.Map.of("startsAt", "next tuesday", "therapist", home.therapistName));
        assertThat(noDate.statusCode()).isEqualTo(302);
        assertThat(home.story.manager.get(plan).body()).contains("방문은 오늘 이후, 1년 이내로 등록해 주세요.");
        var stranger = home.story.manager.postForm(
                form, java.util.Map.of("startsAt", when.toString(), "therapist", "demo-case-manager"));
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(home.story.manager.get(plan).body()).contains("의뢰 받은 기관의 서비스 제공자 계정만");
        assertThat(jdbc.sql("SELECT count(*) FROM services_home_visit WHERE referral_id = ?")
                        .param(UUID.fromString(home.referralId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var otherCase = ServicesScenario.referredCase(port);
        otherCase.manager.get("/cases/" + otherCase.caseNumber + "/services");
        assertThat(otherCase
                        .manager
                        .postForm(
                                "/cases/" + otherCase.caseNumber + "/services/referrals/" + home.referralId
                                        + "/home-visits",
                                java.util.Map.of("startsAt", when.toString(), "therapist", home.therapistName))
                        .statusCode())
                .isEqualTo(404);
    }
}
