package org.ansim.referral.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.Browsers;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the unit lead reads what the police sent on the referral tab, in the open where it is the police's
 * assessment and sealed where it identifies someone; revealing the victim asks a reason and is audited.
 */
@AnsimIntegrationTest
class ReferralPageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");
    static final Pattern CASE_NUMBER = Pattern.compile("STK-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitLeadReadsThePoliceAssessmentAndRevealsTheVictimWithAReason() {
        var number = aNewReferral();

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-unit-lead");
            page.navigate(Browsers.url(port, "/cases/" + number));
            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("경찰 연계"))
                    .click();

            var assessment = page.locator("#police-assessment");
            assertThat(assessment).containsText("서울강남경찰서");
            assertThat(assessment).containsText("높음");
            assertThat(assessment).containsText("따라다님");
            assertThat(page.locator("body")).not().containsText("김하늘");

            // the reveal dialog is opened by a deferred script: wait until the page has run it
            page.waitForLoadState();
            var victim = page.locator("#sealed-victim");
            victim.locator("[data-reveal-open]").click();
            victim.locator("textarea[name=reason]").fill("첫 연락 전 본인 확인");
            victim.locator("dialog button[type=submit]").click();
            assertThat(page.locator("#sealed-victim .sealed-revealed")).containsText("김하늘");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("referral.png"))
                    .setFullPage(true));
        }

        var reveals = jdbc.sql(
                        "SELECT count(*) FROM audit_entry WHERE action = 'REVEAL' AND subject_type = 'police-referral'"
                                + " AND actor_name = 'demo-unit-lead' AND reason LIKE '%첫 연락 전 본인 확인%'")
                .query(Long.class)
                .single();
        assertThat(reveals).isEqualTo(1);
    }

    @Test
    void aCaseManagerWhoseCaseItIsNotFindsNoReferralTabPage() {
        var number = aNewReferral();
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");

        assertThat(manager.get("/cases/" + number + "/referral").statusCode()).isEqualTo(404);
        assertThat(manager.get("/cases/" + number + "/consents").statusCode()).isEqualTo(404);
        assertThat(manager.get("/cases/" + number + "/people").statusCode()).isEqualTo(404);
        assertThat(StaffSession.signedIn(port, "demo-provider", "demo-password")
                        .get("/cases/" + number + "/referral")
                        .statusCode())
                .isEqualTo(403);
    }

    private String aNewReferral() {
        var referral =
                ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.highRisk());
        assertThat(referral.statusCode()).isEqualTo(201);
        var matcher = CASE_NUMBER.matcher(referral.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }
}
