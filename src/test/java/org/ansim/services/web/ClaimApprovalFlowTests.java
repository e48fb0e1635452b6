package org.ansim.services.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.ansim.services.MoneyScenario;
import org.ansim.services.MoneySettings;
import org.ansim.services.ServicesScenario;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the hospital's staff claims a medical fee over the victim's cap with a receipt; it waits for the unit
 * lead, who sees it on the approvals page and approves it; the budget page then shows it spent.
 */
@AnsimIntegrationTest
class ClaimApprovalFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClaimOverTheCapIsApprovedByTheUnitLeadAndShowsAsSpentOnTheBudgetPage() {
        var story = ServicesScenario.referredCase(port);
        var hospitalId = story.organisationOf(ServicesScenario.HOSPITAL);
        story.consentToShareWith(hospitalId);
        var referral = story.referred("MEDICAL_FEES", hospitalId);
        var username = MoneyScenario.providerAccount(port, jdbc, hospitalId);

        try (var cap = MoneySettings.set(jdbc, "services.medical-fees.cap-won", 100_000)) {
            try (var context = Browsers.chromium().newContext(KOREAN)) {
                var page = Browsers.signedIn(context, port, username);
                page.navigate(Browsers.url(port, "/service-referrals/" + referral));
                page.locator("#accept-form button").click();
                assertThat(page.locator(".alert-success")).containsText("의뢰를 수락했습니다");
                page.locator("#money-link").click();
                page.locator("#claim-amount").fill("150000");
                page.locator("#claim-description").fill("응급실 진료비 및 CT 촬영");
                page.locator("#claim-receipt")
                        .setInputFiles(new FilePayload(
                                "영수증.pdf", "application/pdf", MoneyScenario.PDF.getBytes(StandardCharsets.UTF_8)));
                page.locator("#claim-form button[type=submit]").click();
                assertThat(page.locator(".alert-success")).containsText("단장 승인을 기다립니다");
                assertThat(page.locator("#claims tbody tr")).hasCount(1);
                assertThat(page.locator("#claims tbody tr")).containsText("단장 승인 대기");
            }

            var spentBefore = spentThisYear();
            try (var context = Browsers.chromium().newContext(KOREAN)) {
                var page = Browsers.signedIn(context, port, "demo-unit-lead");
                page.locator("nav a", new Page.LocatorOptions().setHasText("승인 대기"))
                        .first()
                        .click();
                var row = page.locator("#pending-claims tr", new Page.LocatorOptions().setHasText(story.caseNumber));
                assertThat(row).containsText("150,000");
                assertThat(row).containsText("50,000");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browsers.screenshots().resolve("approvals.png"))
                        .setFullPage(true));
                row.locator(".approve-form input[name=reason]").fill("응급 진료로 상한 초과 승인");
                row.locator(".approve-form button").click();
                assertThat(page.locator(".alert-success")).containsText("청구를 승인했습니다");
                assertThat(page.locator("#pending-claims tr", new Page.LocatorOptions().setHasText(story.caseNumber)))
                        .hasCount(0);

                page.locator("nav a", new Page.LocatorOptions().setHasText("서비스 예산"))
                        .first()
                        .click();
                assertThat(page.locator("#summary-MEDICAL_FEES .budget-spent"))
                        .hasText(String.format(Locale.ROOT, "%,d", spentBefore + 150_000));
                var month = LocalDate.now(PolicySettings.ZONE).getMonthValue();
                assertThat(page.locator("#table-MEDICAL_FEES tr[data-month='" + month + "']"))
                        .not()
                        .hasAttribute("data-spent", "0");
                assertThat(page.locator("#chart-MEDICAL_FEES")).isVisible();
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browsers.screenshots().resolve("budget.png"))
                        .setFullPage(true));

                page.navigate(Browsers.url(port, "/cases/" + story.caseNumber + "/money"));
                assertThat(page.locator("#case-claims tbody tr")).containsText("demo-unit-lead");
                assertThat(page.locator("#case-claims tbody tr")).containsText("100,000");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browsers.screenshots().resolve("case-money.png"))
                        .setFullPage(true));
            }
        }
    }

    private long spentThisYear() {
        return jdbc.sql("SELECT COALESCE(SUM(amount_won), 0) FROM services_claim"
                        + " WHERE kind = 'MEDICAL_FEES' AND budget_year = ? AND state = 'APPROVED'")
                .param(LocalDate.now(PolicySettings.ZONE).getYear())
                .query(Long.class)
                .single();
    }
}
