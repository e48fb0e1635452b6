package org.ansim.alerts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: a police referral reaches the unit lead's open inbox live, and she assigns it from there. */
@AnsimIntegrationTest
class InboxPageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");
    static final Pattern CASE_NUMBER = Pattern.compile("STK-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    @Test
    void aNewReferralAppearsOnTheOpenInboxWithoutReloadAndTheUnitLeadAssignsItThere() {
        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var lead = signedIn(context.newPage(), "demo-unit-lead");
            lead.navigate(url("/inbox"));
            assertThat(lead.locator("#inbox-connection")).hasText("실시간 연결됨");
            var pageLoads = new int[] {0};
            lead.onLoad(page -> pageLoads[0]++);

            var referral =
                    ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.highRisk());
            assertThat(referral.statusCode()).isEqualTo(201);
            var number = caseNumberIn(referral.body());

            var row = lead.locator("#inbox-rows tr[data-case-number='" + number + "']");
            assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
            assertThat(lead.locator("#inbox-rows tr").first()).hasAttribute("data-case-number", number);
            assertThat(row).containsText("미처리");
            assertThat(row).containsText("경찰 연계");
            assertThat(lead.locator("#inbox-count")).containsText(number);
            assertThat(lead.locator("#inbox-cue")).isVisible();
            assertThat(pageLoads[0]).isZero();
            lead.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("inbox.png"))
                    .setFullPage(true));

            row.locator("input[name=caseManager]").fill("demo-case-manager");
            row.locator("button[type=submit]").click();

            assertThat(lead.locator(".alert-success")).isVisible();
            assertThat(lead.locator("#case-manager")).hasText("demo-case-manager");

            lead.navigate(url("/inbox"));
            var assigned = lead.locator("#inbox-rows tr[data-case-number='" + number + "'] form");
            assertThat(assigned).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        }
    }

    private static String caseNumberIn(String body) {
        var matcher = CASE_NUMBER.matcher(body);
        assertThat(matcher.find()).as("a case number in %s", body).isTrue();
        return matcher.group();
    }

    private Page signedIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo-password");
        page.locator("form.card button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/(\\?continue)?$"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
