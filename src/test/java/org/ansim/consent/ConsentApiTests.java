package org.ansim.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Consent through the staff API: who may see it, naming organisations for sharing, withdrawal. */
@AnsimIntegrationTest
class ConsentApiTests {

    @LocalServerPort
    int port;

    @Test
    void theAssignedCaseManagerRecordsSharingAndTheVictimsWithdrawal() {
        var caseNumber = referredCaseAssignedToDemoCaseManager();
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        manager.get("/");

        var listed = manager.getJson("/api/v1/cases/" + caseNumber + "/consents");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("CASE_MANAGEMENT").contains("police:서울강남경찰서");

        var counselling = UUID.randomUUID();
        var granted = manager.postJson(
                "/api/v1/cases/" + caseNumber + "/consents",
                "{\"purpose\":\"SERVICE_REFERRAL\",\"organisationIds\":[\"" + counselling
                        + "\"],\"obtainedAt\":\"2026-11-21T10:00:00+09:00\",\"method\":\"WRITTEN\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(granted.body()).contains(counselling.toString()).contains("\"obtainedBy\":\"demo-case-manager\"");
        var id = granted.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        var withdrawn = manager.postJson(
                "/api/v1/cases/" + caseNumber + "/consents/" + id + "/withdrawal",
                "{\"how\":\"the victim said so on the phone\"}");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"inForce\":false");

        var again = manager.postJson(
                "/api/v1/cases/" + caseNumber + "/consents/" + id + "/withdrawal", "{\"how\":\"twice\"}");
        assertThat(again.statusCode()).isEqualTo(422);
    }

    @Test
    void aCaseManagerWhoseCaseItIsNotSeesNothing() {
        var caseNumber = referredCase();
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        manager.get("/");

        assertThat(manager.getJson("/api/v1/cases/" + caseNumber + "/consents").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aGrantWithoutPurposeOrInTheFutureIsRefusedWithTheFieldsNamed() {
        var caseNumber = referredCaseAssignedToDemoCaseManager();
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        manager.get("/");

        var response = manager.postJson(
                "/api/v1/cases/" + caseNumber + "/consents",
                "{\"obtainedAt\":\"2999-01-01T10:00:00+09:00\",\"method\":\"WRITTEN\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("purpose").contains("obtainedAt");
    }

    private String referredCase() {
        var referral = org.ansim.referral.ReferralTestData.highRisk();
        var response = ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", referral);
        assertThat(response.statusCode()).isEqualTo(201);
        return response.body().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
    }

    private String referredCaseAssignedToDemoCaseManager() {
        var caseNumber = referredCase();
        var lead = StaffSession.signedIn(port, "demo-unit-lead", "demo-password");
        lead.get("/");
        var assigned =
                lead.postJson("/api/v1/cases/" + caseNumber + "/assignment", "{\"caseManager\":\"demo-case-manager\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isBetween(200, 204);
        return caseNumber;
    }
}
