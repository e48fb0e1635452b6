package org.ansim.risk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.ansim.risk.CaseMother;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the case manager screens a victim's risk, sees the counted level beside the police's, is refused when
 * her judgement would lower it, and raises it on judgement with a reason; the history and trend show both screenings.
 */
@AnsimIntegrationTest
class RiskPageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Test
    void theCaseManagerScreensSeesTheLevelAndRaisesItOnJudgement() {
        var number = CaseMother.assignedToDemoCaseManager(port);

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/cases/" + number));
            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("위험도"))
                    .click();
            assertThat(page.locator("#police-level")).containsText("높음");
            assertThat(page.locator("#sub-screen")).isHidden();

            for (int i = 1; i <= 10; i++) {
                page.locator("#Q%02d-YES".formatted(i)).check();
            }
            assertThat(page.locator("#sub-screen")).isVisible();
            page.locator("#judgement").selectOption("STANDARD");
            page.locator("#screening-form button[type=submit]").click();
            assertThat(page.locator(".alert-danger")).containsText("낮출 수 없습니다");

            for (int i = 1; i <= 10; i++) {
                page.locator("#Q%02d-YES".formatted(i)).check();
            }
            page.locator("#screening-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("중간");
            assertThat(page.locator("#current-level")).containsText("중간");

            for (int i = 1; i <= 10; i++) {
                page.locator("#Q%02d-YES".formatted(i)).check();
            }
            page.locator("#judgement").selectOption("HIGH");
            page.locator("#reason").fill("피해자 직장 앞에서 흉기를 보였다는 동료 진술");
            page.locator("#screening-form button[type=submit]").click();
            assertThat(page.locator("#current-level")).containsText("높음");
            assertThat(page.locator("#current-level")).containsText("전문가 판단으로 상향");
            assertThat(page.locator("#assessments tbody tr")).hasCount(2);
            assertThat(page.locator("#assessments")).containsText("흉기");
            assertThat(page.locator("#risk-trend")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("risk.png"))
                    .setFullPage(true));
        }
    }
}
