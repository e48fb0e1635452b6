package org.ansim.orders.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.ansim.risk.CaseMother;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the case manager records a provisional measure that lapses within a week (the warning shows), is
 * refused a period beyond the law, extends it, and records a violation whose place stays sealed.
 */
@AnsimIntegrationTest
class OrdersPageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Test
    void theCaseManagerRecordsAnOrderSeesItsWarningExtendsItAndRecordsAViolation() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var today = LocalDate.now(PolicySettings.ZONE);

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/cases/" + number));
            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("보호조치"))
                    .click();

            page.locator("#kind").selectOption("PROVISIONAL_MEASURE");
            page.locator("#provisionalNo").selectOption("4");
            page.locator("#startsOn").fill(today.toString());
            page.locator("#endsOn").fill(today.plusMonths(2).toString());
            page.locator("#order-form button[type=submit]").click();
            assertThat(page.locator(".alert-danger")).containsText("법이 정한 기간");

            page.locator("#kind").selectOption("PROVISIONAL_MEASURE");
            page.locator("#provisionalNo").selectOption("2");
            page.locator("#startsOn").fill(today.minusMonths(2).toString());
            page.locator("#endsOn").fill(today.plusDays(3).toString());
            page.locator("#order-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("기록했습니다");
            assertThat(page.locator("#expiry-warning")).isVisible();
            var row = page.locator("#orders tbody tr", new Page.LocatorOptions().setHasText("2호"));
            assertThat(row).containsText("만료 임박");
            assertThat(row).containsText("0 / 2");

            row.locator("input[name=endsOn]").fill(today.plusMonths(2).toString());
            row.locator(".extension-form button").click();
            assertThat(page.locator(".alert-success")).containsText("연장");
            row = page.locator("#orders tbody tr", new Page.LocatorOptions().setHasText("2호"));
            assertThat(row).containsText("1 / 2");
            assertThat(page.locator("#expiry-warning")).hasCount(0);

            row.locator("summary").click();
            row.locator("input[name=place]").fill("피해자 집 앞 골목");
            row.locator("input[name=evidenceReference]").fill("CCTV-2026-0042");
            row.locator(".violation-form button").click();
            assertThat(page.locator(".alert-success")).containsText("위반");
            row = page.locator("#orders tbody tr", new Page.LocatorOptions().setHasText("2호"));
            assertThat(row).containsText("CCTV-2026-0042");
            assertThat(row).not().containsText("골목");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("orders.png"))
                    .setFullPage(true));
        }
    }
}
