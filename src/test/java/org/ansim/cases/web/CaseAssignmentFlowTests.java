package org.ansim.cases.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.List;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** In Chromium: the unit lead finds a new case in the list and assigns it; the case manager finds it on her list. */
@AnsimIntegrationTest
class CaseAssignmentFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Autowired
    CaseOpening opening;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theUnitLeadAssignsANewCaseAndTheCaseManagerSeesItOnHerList() {
        var opened = transactions.execute(status -> opening.open(new OpenCase(
                Channel.HOTLINE_1366,
                "1366-flow-" + System.nanoTime(),
                Instant.now(),
                "은평구",
                null,
                null,
                List.of("PSYCHOLOGICAL"))));
        var number = opened.number().value();

        try (var leadContext = Browsers.chromium().newContext(KOREAN)) {
            var lead = signedIn(leadContext.newPage(), "demo-unit-lead");
            lead.navigate(url("/cases?status=NEW&district=은평구"));
            var row = lead.locator("tr", new Page.LocatorOptions().setHasText(number));
            assertThat(row).containsText("미배정");
            row.locator("a").first().click();

            lead.locator("#caseManager").selectOption("demo-case-manager");
            lead.locator("form[action$='/assignment'] button[type=submit]").click();

            assertThat(lead.locator(".alert-success")).isVisible();
            assertThat(lead.locator("#case-manager")).hasText("demo-case-manager");
            assertThat(lead.locator("#timeline")).containsText("담당자 배정");
            lead.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("case-assigned.png"))
                    .setFullPage(true));
        }

        try (var managerContext = Browsers.chromium().newContext(KOREAN)) {
            var manager = signedIn(managerContext.newPage(), "demo-case-manager");
            manager.navigate(url("/cases?status=NEW"));
            var row = manager.locator("tr", new Page.LocatorOptions().setHasText(number));
            assertThat(row).isVisible();
            assertThat(row).containsText("까지 연락");
            manager.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("cases-of-case-manager.png"))
                    .setFullPage(true));
        }
    }

    private Page signedIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo-password");
        page.locator("form.card button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/(\\?continue)?$"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
