package org.ansim.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/** The police interface of INTERFACES.md, status code by status code. */
@AnsimIntegrationTest
class PoliceReferralApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient gangnam() {
        return ApiClient.withKey(port, "demo-police-key");
    }

    @Test
    void aConsentingVictimsReferralOpensACase() {
        var referral = ReferralMother.highRisk();

        var response = gangnam().post("/api/v1/referrals", referral.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("/api/v1/referrals/")
                .endsWith(URLEncoder.encode(ReferralMother.reportNumber(referral), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        assertThat(response.body())
                .contains("\"status\":\"RECEIVED\"")
                .containsPattern("\"caseNumber\":\"STK-\\d{4}-\\d{6}\"");
    }

    @Test
    void theSameReferralSentAgainGetsTheFirstAnswerAndNoSecondCase() {
        var referral = ReferralMother.highRisk();
        var first = gangnam().post("/api/v1/referrals", referral.toString());

        var again = gangnam().post("/api/v1/referrals", referral.toString());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(rowsFor(referral)).isEqualTo(1);
    }

    @Test
    void theSameReportNumberWithAnotherBodyIsAConflict() {
        var referral = ReferralMother.highRisk();
        gangnam().post("/api/v1/referrals", referral.toString());

        var changed = referral.deepCopy();
        changed.put("policeRiskLevel", "LOW");
        var response = gangnam().post("/api/v1/referrals", changed.toString());

        assertProblem(response.statusCode(), response.body(), 409);
    }

    @Test
    void withoutConsentNothingOfTheVictimIsStored() {
        var refused = ReferralMother.highRisk(r -> ((ObjectNode) r.get("consent")).put("given", false));
        var noCaseManagement = ReferralMother.highRisk(
                r -> ((ObjectNode) r.get("consent")).putArray("purposes").add("STATISTICS"));

        for (var referral : new ObjectNode[] {refused, noCaseManagement}) {
            var response = gangnam().post("/api/v1/referrals", referral.toString());

            assertProblem(response.statusCode(), response.body(), 422);
            assertThat(response.body()).contains("/consent-required");
            assertThat(rowsFor(referral)).isZero();
        }
    }

    @Test
    void aKeyMayOnlySendItsOwnAgencysReferrals() {
        var mapo = ApiClient.withKey(port, "demo-police-key-2");

        var response = mapo.post("/api/v1/referrals", ReferralMother.highRisk().toString());

        assertProblem(response.statusCode(), response.body(), 403);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        var referral = ReferralMother.highRisk(r -> {
            ((ObjectNode) r.get("victim")).put("birthDate", "2999-01-01");
            ((ObjectNode) r.get("victim")).put("name", "");
            ((ObjectNode) r.get("victim")).put("phone", "12345");
            ((ObjectNode) r.get("incident")).put("firstOccurredOn", "2026-11-19");
            ((ObjectNode) r.get("incident")).put("lastOccurredAt", "2026-11-01T10:00:00+09:00");
            ((ObjectNode) r.get("measures").get(0)).put("endsOn", "2026-11-01");
        });

        var response = gangnam().post("/api/v1/referrals", referral.toString());

        assertProblem(response.statusCode(), response.body(), 400);
        assertThat(response.body())
                .contains("\"victim.birthDate\"")
                .contains("\"victim.name\"")
                .contains("\"victim.phone\"")
                .contains("\"incident.lastOccurredAt\"")
                .contains("\"measures[0].endsOn\"");
        assertThat(rowsFor(referral)).isZero();
    }

    @Test
    void aWrongTypeIsNamedToo() {
        var referral = ReferralMother.highRisk(r -> r.put("policeRiskLevel", "EXTREME"));

        var response = gangnam().post("/api/v1/referrals", referral.toString());

        assertProblem(response.statusCode(), response.body(), 400);
        assertThat(response.body()).contains("policeRiskLevel");
    }

    @Test
    void unknownFieldsAreIgnored() {
        var referral = ReferralMother.highRisk(r -> r.put("somethingNew", "from a later version"));

        assertThat(gangnam().post("/api/v1/referrals", referral.toString()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void keysAndScopesAreChecked() {
        var body = ReferralMother.highRisk().toString();

        assertThat(ApiClient.anonymous(port).post("/api/v1/referrals", body).statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.withKey(port, "not-a-key")
                        .post("/api/v1/referrals", body)
                        .statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.withKey(port, "demo-device-key")
                        .post("/api/v1/referrals", body)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void thePoliceSeeTheStatusOfTheirOwnReferralOnly() {
        var referral = ReferralMother.highRisk();
        gangnam().post("/api/v1/referrals", referral.toString());
        var path = "/api/v1/referrals/" + encode("서울강남경찰서") + "/" + encode(ReferralMother.reportNumber(referral));

        var own = gangnam().get(path);
        var other = ApiClient.withKey(port, "demo-police-key-2").get(path);
        var staff = StaffSession.signedIn(port, "demo-police", "demo-password").getJson(path);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body())
                .contains("\"status\":\"RECEIVED\"")
                .contains("statusChangedAt")
                .doesNotContain("김하늘");
        assertThat(staff.statusCode()).isEqualTo(200);
        assertProblem(other.statusCode(), other.body(), 404);
    }

    @Test
    void nothingIdentifyingIsStoredInClear() {
        var referral = ReferralMother.highRisk();
        gangnam().post("/api/v1/referrals", referral.toString());

        var row = jdbc.sql("SELECT * FROM referral_police_referral WHERE report_number = ?")
                .param(ReferralMother.reportNumber(referral))
                .query()
                .singleRow()
                .toString();
        var events = jdbc.sql("SELECT string_agg(serialized_event, ' ') FROM event_publication")
                .query(String.class)
                .optional()
                .orElse("");

        for (var secret : new String[] {"김하늘", "2345-6789", "23456789", "테헤란로", "박모씨", "9876-5432", "98765432"}) {
            assertThat(row).doesNotContain(secret);
            assertThat(events == null ? "" : events).doesNotContain(secret);
        }
    }

    @Autowired
    org.ansim.consent.internal.ConsentRecords consents;

    @Test
    void theConsentTheReferralCarriedIsRecordedAndItsWithdrawalShowsToThePolice() {
        var referral = ReferralMother.highRisk();
        gangnam().post("/api/v1/referrals", referral.toString());
        var caseId = new org.ansim.cases.CaseId(
                jdbc.sql("SELECT case_id FROM referral_police_referral WHERE report_number = ?")
                        .param(ReferralMother.reportNumber(referral))
                        .query(java.util.UUID.class)
                        .single());
        var recorded = consents.of(caseId);
        assertThat(recorded)
                .extracting(org.ansim.consent.Consents.ConsentView::purpose)
                .containsExactlyInAnyOrder(
                        org.ansim.consent.ConsentPurpose.CASE_MANAGEMENT,
                        org.ansim.consent.ConsentPurpose.SERVICE_REFERRAL,
                        org.ansim.consent.ConsentPurpose.STATISTICS);

        var caseManagement = recorded.stream()
                .filter(c -> c.purpose() == org.ansim.consent.ConsentPurpose.CASE_MANAGEMENT)
                .findFirst()
                .orElseThrow();
        consents.withdraw(caseId, caseManagement.id(), "demo-case-manager", "the victim called");

        var path = "/api/v1/referrals/" + encode("서울강남경찰서") + "/" + encode(ReferralMother.reportNumber(referral));
        assertThat(gangnam().get(path).body()).contains("\"status\":\"CONSENT_WITHDRAWN\"");
    }

    private long rowsFor(ObjectNode referral) {
        return jdbc.sql("SELECT count(*) FROM referral_police_referral WHERE report_number = ?")
                .param(ReferralMother.reportNumber(referral))
                .query(Long.class)
                .single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void assertProblem(int status, String body, int expected) {
        assertThat(status).as(body).isEqualTo(expected);
        assertThat(body).contains("\"status\":" + expected).contains("\"type\"").doesNotContain("Exception");
    }
}
