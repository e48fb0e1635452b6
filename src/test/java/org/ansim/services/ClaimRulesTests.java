package org.ansim.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The money rules told through the API: the per-victim cap at its boundary (exactly at it is approved at once, one won
 * more waits for the unit lead), the annual budget at its boundary (one won past it is refused and nothing stored),
 * concurrent claims that cannot jointly pass it, and the unit lead's decision keeping who, when and the value in force.
 */
@AnsimIntegrationTest
class ClaimRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClaimExactlyAtTheCapIsApprovedAtOnceAndOneWonMoreWaitsForTheUnitLead() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        try (var cap = MoneySettings.set(jdbc, "services.medical-fees.cap-won", 400_000)) {
            var atCap = money.claim(money.hospital, money.medicalReferral, 400_000);
            assertThat(atCap.statusCode()).as(atCap.body()).isEqualTo(201);
            assertThat(ServicesScenario.json(atCap).get("state").asString()).isEqualTo("APPROVED");
            assertThat(ServicesScenario.json(atCap).get("capWon").asLong()).isEqualTo(400_000);

            var oneWonOver = money.claim(money.hospital, money.medicalReferral, 1);
            assertThat(oneWonOver.statusCode()).as(oneWonOver.body()).isEqualTo(201);
            assertThat(ServicesScenario.json(oneWonOver).get("state").asString())
                    .isEqualTo("PENDING_APPROVAL");
            var pendingId = UUID.fromString(
                    ServicesScenario.json(oneWonOver).get("claimId").asString());

            var lead = ServicesScenario.signedIn(port, "demo-unit-lead");
            assertThat(lead.getJson("/api/v1/claims/pending").body()).contains(pendingId.toString());
            var approved = lead.postJson("/api/v1/claims/" + pendingId + "/approval", "{\"reason\":\"수술비 추가 지원\"}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            var decision = jdbc.sql("""
                            SELECT state, decided_by, decided_at, decided_cap_won, decided_cap_valid_from,
                                   decided_budget_won, decided_budget_valid_from
                              FROM services_claim WHERE id = ?""").param(pendingId).query().singleRow();
            assertThat(decision.get("state")).isEqualTo("APPROVED");
            assertThat(decision.get("decided_by")).isEqualTo("demo-unit-lead");
            assertThat(decision.get("decided_at")).isNotNull();
            assertThat(decision.get("decided_cap_won")).isEqualTo(400_000L);
            assertThat(decision.get("decided_cap_valid_from").toString())
                    .isEqualTo(MoneyScenario.today().toString());
            assertThat(decision.get("decided_budget_won")).isEqualTo(150_000_000L);
            assertThat(decision.get("decided_budget_valid_from").toString()).isEqualTo("2000-01-01");

            var tab = money.story.manager.get("/cases/" + money.story.caseNumber + "/money");
            assertThat(tab.statusCode()).isEqualTo(200);
            assertThat(tab.body())
                    .contains("demo-unit-lead")
                    .contains("400,000")
                    .contains(pendingId.toString());

            var again = lead.postJson("/api/v1/claims/" + pendingId + "/approval", "{}");
            assertThat(again.statusCode()).isEqualTo(422);
            assertThat(again.body()).contains("claim-state");
        }
        ServicesScenario.eventually(() -> assertThat(timelineKinds(money))
                .contains("CLAIM_SUBMITTED", "CLAIM_AWAITING_APPROVAL", "CLAIM_APPROVED"));
    }

    @Test
    void theUnitLeadRefusesAClaimPastTheCapWithAReasonAndItLeavesTheBudget() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        try (var cap = MoneySettings.set(jdbc, "services.medical-fees.cap-won", 1_000)) {
            var over = money.claim(money.hospital, money.medicalReferral, 5_000);
            var id = ServicesScenario.json(over).get("claimId").asString();
            var before = MoneySettings.medicalFeesUsed(jdbc);
            var lead = ServicesScenario.signedIn(port, "demo-unit-lead");
            assertThat(lead.postJson("/api/v1/claims/" + id + "/refusal", "{}").statusCode())
                    .isEqualTo(400);
            var refused = lead.postJson("/api/v1/claims/" + id + "/refusal", "{\"reason\":\"비급여 항목\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
            assertThat(ServicesScenario.json(refused).get("state").asString()).isEqualTo("REFUSED");
            assertThat(MoneySettings.medicalFeesUsed(jdbc)).isEqualTo(before - 5_000);
        }
        ServicesScenario.eventually(() -> assertThat(timelineKinds(money)).contains("CLAIM_REFUSED"));
    }

    @Test
    void aClaimOneWonPastTheRemainingBudgetIsRefusedAndNothingIsStoredButExactlyTheRemainderIsTaken() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var used = MoneySettings.medicalFeesUsed(jdbc);
        try (var budget = MoneySettings.set(jdbc, "services.medical-fees.annual-budget-won", used + 100_000)) {
            var over = money.claim(money.hospital, money.medicalReferral, 100_001);
            assertThat(over.statusCode()).as(over.body()).isEqualTo(422);
            assertThat(over.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(ServicesScenario.json(over).get("type").asString()).endsWith("/budget-exceeded");
            assertThat(claimsOf(money)).isZero();
            assertThat(receiptsStored()).isEqualTo(claimsStored());

            var exactly = money.claim(money.hospital, money.medicalReferral, 100_000);
            assertThat(exactly.statusCode()).as(exactly.body()).isEqualTo(201);

            var oneMore = money.claim(money.hospital, money.medicalReferral, 1);
            assertThat(oneMore.statusCode()).isEqualTo(422);
            assertThat(claimsOf(money)).isEqualTo(1);
        }
    }

    @Test
    void concurrentClaimsCannotJointlyPassTheBudget() throws Exception {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var used = MoneySettings.medicalFeesUsed(jdbc);
        try (var budget = MoneySettings.set(jdbc, "services.medical-fees.annual-budget-won", used + 100_000);
                var pool = Executors.newFixedThreadPool(8)) {
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> money.claim(money.hospital, money.medicalReferral, 30_000)
                        .statusCode());
            }
            var statuses = new ArrayList<Integer>();
            for (var future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsOnly(201, 422);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
            assertThat(MoneySettings.medicalFeesUsed(jdbc)).isEqualTo(used + 90_000);
        }
    }

    @Test
    void aReceiptThatIsNotAPdfJpegOrPngIsRefusedWhateverItsNameAndNothingIsStored() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var response = money.claim(
                money.hospital,
                money.medicalReferral,
                "50000",
                MoneyScenario.today().toString(),
                "진료비",
                "receipt.pdf",
                "application/pdf",
                "MZ this is not a receipt at all");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(ServicesScenario.json(response).get("type").asString()).endsWith("/receipt-type");
        assertThat(claimsOf(money)).isZero();
        assertThat(receiptsStored()).isEqualTo(claimsStored());
    }

    @Test
    void aReceiptLargerThanTheSettingIsRefusedWith413AndNothingIsStored() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        try (var limit = MoneySettings.set(jdbc, "services.receipt-max-bytes", 2_048)) {
            var large = MoneyScenario.PDF + "x".repeat(2_100);
            var response = money.claim(
                    money.hospital,
                    money.medicalReferral,
                    "50000",
                    MoneyScenario.today().toString(),
                    "진료비",
                    "receipt.pdf",
                    "application/pdf",
                    large);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(ServicesScenario.json(response).get("type").asString()).endsWith("/receipt-too-large");
            assertThat(claimsOf(money)).isZero();
        }
    }

    @Test
    void aScannedReceiptOfTwoMegabytesIsTakenThoughOtherRequestsStopAtOne() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var response = money.claim(
                money.hospital,
                money.medicalReferral,
                "30000",
                MoneyScenario.today().toString(),
                "진료비",
                "scan.pdf",
                "application/pdf",
                MoneyScenario.PDF + "x".repeat(2 * 1024 * 1024));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(claimsOf(money)).isEqualTo(1);
    }

    @Test
    void theReceiptIsSealedAtRestAndDownloadedOnlyWithAReasonWhichIsAudited() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var submitted = money.claim(money.hospital, money.medicalReferral, 20_000);
        var id = UUID.fromString(ServicesScenario.json(submitted).get("claimId").asString());
        var stored = jdbc.sql("SELECT sealed FROM services_claim_receipt WHERE claim_id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("%PDF")
                .doesNotContain("Catalog");

        var manager = money.story.manager;
        assertThat(manager.getJson("/api/v1/claims/" + id + "/receipt").statusCode())
                .isEqualTo(400);
        var download = manager.getJson("/api/v1/claims/" + id
                + "/receipt?reason=%EB%B3%91%EC%9B%90%EB%B9%84%20%EC%A0%95%EC%82%B0%20%ED%99%95%EC%9D%B8");
        assertThat(download.statusCode()).as(download.body()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.body()).isEqualTo(MoneyScenario.PDF);
        ServicesScenario.eventually(() -> assertThat(
                        jdbc.sql("""
                                SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'service-claim' AND subject_id = ?
                                   AND action = 'DOWNLOAD' AND actor_name = 'demo-case-manager' AND reason = '병원비 정산 확인'""").param(id.toString()).query(Long.class).single())
                .isEqualTo(1));

        var colleague = ServicesScenario.signedIn(port, "demo-case-manager-park");
        assertThat(colleague
                        .getJson("/api/v1/claims/" + id + "/receipt?reason=checking")
                        .statusCode())
                .as("a case manager who may not see the case")
                .isEqualTo(404);
    }

    @Test
    void aProviderOfAnotherOrganisationFindsNoSuchReferral() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var counsellor = ServicesScenario.signedIn(port, "demo-provider");
        var response = money.claim(counsellor, money.medicalReferral, 10_000);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(money.claim(money.legalAid, money.medicalReferral, 10_000).statusCode())
                .isEqualTo(404);
        assertThat(counsellor
                        .getJson("/api/v1/service-referrals/" + money.medicalReferral + "/claims")
                        .statusCode())
                .isEqualTo(404);
        assertThat(claimsOf(money)).isZero();
    }

    @Test
    void malformedClaimsAreAnsweredWithProblemJson() {
        var money = MoneyScenario.acceptedReferrals(port, jdbc);
        var noReceipt = money.claim(
                money.hospital,
                money.medicalReferral,
                "1000",
                MoneyScenario.today().toString(),
                "진료비",
                null,
                null,
                null);
        assertThat(noReceipt.statusCode()).isEqualTo(400);
        var badAmount = money.claim(
                money.hospital,
                money.medicalReferral,
                "abc",
                MoneyScenario.today().toString(),
                "진료비",
                "r.pdf",
                "application/pdf",
                MoneyScenario.PDF);
        assertThat(badAmount.statusCode()).isEqualTo(400);
        var future = money.claim(
                money.hospital,
                money.medicalReferral,
                "1000",
                MoneyScenario.today().plusDays(3).toString(),
                "진료비",
                "r.pdf",
                "application/pdf",
                MoneyScenario.PDF);
        assertThat(future.statusCode()).isEqualTo(422);
        var json = money.hospital.postJson("/api/v1/service-referrals/" + money.medicalReferral + "/claims", "{}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var huge = money.claim(
                money.hospital,
                money.medicalReferral,
                "1000",
                MoneyScenario.today().toString(),
                "진료비",
                "r.pdf",
                "application/pdf",
                MoneyScenario.PDF + "x".repeat(21 * 1024 * 1024));
        assertThat(huge.statusCode()).isEqualTo(413);
        var counselling = money.claim(money.hospital, money.medicalReferral, 0);
        assertThat(counselling.statusCode()).isEqualTo(400);
        assertThat(claimsOf(money)).isZero();
    }

    private long claimsOf(MoneyScenario money) {
        return MoneyScenario.count(jdbc, "services_claim", "referral_id", UUID.fromString(money.medicalReferral));
    }

    private long claimsStored() {
        return jdbc.sql("SELECT COUNT(*) FROM services_claim").query(Long.class).single();
    }

    private long receiptsStored() {
        return jdbc.sql("SELECT COUNT(*) FROM services_claim_receipt")
                .query(Long.class)
                .single();
    }

    private java.util.List<String> timelineKinds(MoneyScenario money) {
        return jdbc.sql("""
                        SELECT t.kind FROM cases_timeline t JOIN cases_case c ON c.id = t.case_id
                         WHERE c.number = ?""").param(money.story.caseNumber).query(String.class).list();
    }
}
