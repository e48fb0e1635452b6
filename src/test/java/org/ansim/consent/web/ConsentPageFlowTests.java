package org.ansim.consent.web;

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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the case manager records the victim's agreement to share with one counselling centre, then her
 * withdrawal of case management; both show on the consent tab and the timeline, and the police see the withdrawal.
 */
@AnsimIntegrationTest
class ConsentPageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");
    static final Pattern CASE_NUMBER = Pattern.compile("STK-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    @Test
    void theCaseManagerRecordsSharingWithANamedCentreAndTheVictimsWithdrawal() {
        var police = ApiClient.withKey(port, "demo-police-key");
        var body = ReferralTestData.highRisk();
        var referral = police.post("/api/v1/referrals", body);
        assertThat(referral.statusCode()).isEqualTo(201);
        var matcher = CASE_NUMBER.matcher(referral.body());
        assertThat(matcher.find()).isTrue();
        var number = matcher.group();
        var lead = StaffSession.signedIn(port, "demo-unit-lead", "demo-password");
        lead.get("/");
        assertThat(lead.postJson("/api/v1/cases/" + number + "/assignment", "{\"caseManager\": \"demo-case-manager\"}")
                        .statusCode())
                .isEqualTo(200);

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/cases/" + number));
            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("동의"))
                    .click();

            var consents = page.locator("#consents");
            assertThat(consents).containsText("사례관리");
            assertThat(consents.locator("tr[data-purpose=CASE_MANAGEMENT]")).containsText("유효");

            page.locator("#purpose-SERVICE_REFERRAL").check();
            page.locator("label", new Page.LocatorOptions().setHasText("마음숲 심리상담센터"))
                    .click();
            page.locator("#method").selectOption("WRITTEN");
            page.locator("#grant-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("동의를 기록했습니다");
            assertThat(consents.locator(
                            "tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("마음숲 심리상담센터")))
                    .containsText("유효");

            var caseManagement = consents.locator("tr[data-purpose=CASE_MANAGEMENT]");
            caseManagement.locator("input[name=how]").fill("피해자가 전화로 철회를 요청함");
            caseManagement.locator("button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("철회를 기록했습니다");
            assertThat(consents.locator("tr[data-purpose=CASE_MANAGEMENT]")).containsText("철회됨");
            assertThat(consents.locator("tr[data-purpose=CASE_MANAGEMENT]")).containsText("피해자가 전화로 철회를 요청함");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("consents.png"))
                    .setFullPage(true));

            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("경과"))
                    .click();
            assertThat(page.locator("#timeline"))
                    .containsText(
                            "동의 철회",
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                    .setTimeout(10_000));
        }

        var reportNumber = body.replaceAll("(?s).*\"policeReportNumber\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        var status = police.get("/api/v1/referrals/서울강남경찰서/" + reportNumber);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("CONSENT_WITHDRAWN");
    }
}
