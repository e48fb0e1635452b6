package org.ansim.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's screens in Chromium: a key issued and shown once, then revoked; a user registered. */
@AnsimIntegrationTest
class AdministrationFlowTests {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorIssuesAKeyThatWorksOnceShownThenRevokesIt() {
        try (var context = Browsers.chromium().newContext()) {
            var page = signedIn(context.newPage(), "demo-admin");
            page.navigate(url("/admin/clients"));

            page.locator("#name").fill("경찰청 연계 시험");
            page.locator("#organisationId")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("서울강남경찰서"));
            page.locator("input[name=scopes][value=REFERRALS_WRITE]").check();
            page.locator("form.card button[type=submit]").click();

            var key = page.locator("#issued-key").textContent();
            org.assertj.core.api.Assertions.assertThat(key).startsWith("ak_");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("admin-clients.png"))
                    .setFullPage(true));
            org.assertj.core.api.Assertions.assertThat(
                            ApiClient.withKey(port, key).get("/api/v1/me").statusCode())
                    .isEqualTo(200);

            page.navigate(url("/admin/clients"));
            assertThat(page.locator("#issued-key")).hasCount(0);
            var row = page.locator("tr", new Page.LocatorOptions().setHasText("경찰청 연계 시험"));
            row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Revoke"))
                    .click();
            assertThat(page.locator(".alert-warning")).containsText("경찰청 연계 시험");
            org.assertj.core.api.Assertions.assertThat(
                            ApiClient.withKey(port, key).get("/api/v1/me").statusCode())
                    .isEqualTo(200);
            page.locator("form.inline-form button[type=submit]").click();

            org.assertj.core.api.Assertions.assertThat(
                            ApiClient.withKey(port, key).get("/api/v1/me").statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void anAdministratorRegistersAUserWhoseWeakPasswordIsRefusedFirst() {
        try (var context = Browsers.chromium().newContext()) {
            var page = signedIn(context.newPage(), "demo-admin");
            page.navigate(url("/admin/users"));
            var username = "flow-" + System.nanoTime() % 100000;

            page.locator("#username").fill(username);
            page.locator("#displayName").fill("시험 사례관리자");
            page.locator("#organisationId")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            page.locator("#password").fill("short");
            page.locator("form.card button[type=submit]").click();

            assertThat(page.locator(".alert-danger")).isVisible();
            assertThat(page.locator("#username")).hasValue(username);

            page.locator("#password").fill("Stalking-safe-2026!");
            page.locator("form.card button[type=submit]").click();

            assertThat(page.locator("td", new Page.LocatorOptions().setHasText(username)))
                    .isVisible();
            page.navigate(url("/admin/rights"));
            assertThat(page.locator("td", new Page.LocatorOptions().setHasText(username))
                            .first())
                    .isVisible();
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
