package org.ansim.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A legal-aid lawyer records the proceedings: case type, court, hearing date. A hearing within the reminder setting
 * reminds the case manager at once (a durable timer) to arrange accompaniment, on the case timeline.
 */
@AnsimIntegrationTest
class LegalStepTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHearingSoonRemindsTheCaseManagerToArrangeAccompaniment() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var hearing = MoneyScenario.today().plusDays(3);
        var recorded = money.legalAid.postJson(
                "/api/v1/service-referrals/" + money.legalReferral + "/legal-steps",
                "{\"caseType\":\"CRIMINAL_COMPLAINT\",\"court\":\"서울중앙지방법원\",\"hearingOn\":\"" + hearing
                        + "\",\"description\":\"1회 공판기일\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        var stepId = UUID.fromString(
                ServicesScenario.json(recorded).get("legalStepId").asString());

        ServicesScenario.eventually(
                () -> assertThat(jdbc.sql("SELECT reminded_at IS NOT NULL FROM services_legal_step WHERE id = ?")
                                .param(stepId)
                                .query(Boolean.class)
                                .single())
                        .isTrue());
        ServicesScenario.eventually(() -> assertThat(jdbc.sql("""
                                SELECT t.kind FROM cases_timeline t JOIN cases_case c ON c.id = t.case_id
                                 WHERE c.number = ?""")
                        .param(money.story.caseNumber)
                        .query(String.class)
                        .list())
                .contains("LEGAL_STEP_RECORDED", "HEARING_ACCOMPANIMENT_DUE"));

        var tab = money.story.manager.get("/cases/" + money.story.caseNumber + "/money");
        assertThat(tab.statusCode()).isEqualTo(200);
        assertThat(tab.body()).contains("hearing-warning").contains("서울중앙지방법원");

        var listed = money.legalAid.getJson("/api/v1/service-referrals/" + money.legalReferral + "/claims");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("서울중앙지방법원");
    }

    @Test
    void legalStepsAreRecordedOnlyOnAnAcceptedLegalReferralAndNotForAPastHearing() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var onMedical = money.hospital.postJson(
                "/api/v1/service-referrals/" + money.medicalReferral + "/legal-steps",
                "{\"caseType\":\"OTHER\",\"court\":\"서울서부지방법원\"}");
        assertThat(onMedical.statusCode()).isEqualTo(422);
        var past = money.legalAid.postJson(
                "/api/v1/service-referrals/" + money.legalReferral + "/legal-steps",
                "{\"caseType\":\"OTHER\",\"court\":\"서울서부지방법원\",\"hearingOn\":\""
                        + MoneyScenario.today().minusDays(1) + "\"}");
        assertThat(past.statusCode()).isEqualTo(422);
        var noCourt = money.legalAid.postJson(
                "/api/v1/service-referrals/" + money.legalReferral + "/legal-steps", "{\"caseType\":\"OTHER\"}");
        assertThat(noCourt.statusCode()).isEqualTo(400);
        var otherOrganisation = ServicesScenario.signedIn(port, "demo-provider")
                .postJson(
                        "/api/v1/service-referrals/" + money.legalReferral + "/legal-steps",
                        "{\"caseType\":\"OTHER\",\"court\":\"서울서부지방법원\"}");
        assertThat(otherOrganisation.statusCode()).isEqualTo(404);
        assertThat(MoneyScenario.count(
                        jdbc, "services_legal_step", "referral_id", UUID.fromString(money.legalReferral)))
                .isZero();
    }
}
