package org.ansim.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A case manager signs in through the real page in Chromium, switches to English and back. */
@AnsimIntegrationTest
class SignInPageFlowTests {

    @LocalServerPort
    int port;

    @Test
    void aCaseManagerSignsInAndSwitchesLanguage() {
        try (var context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
            var page = context.newPage();
            page.navigate("http://localhost:" + port + "/");

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
            page.getByLabel("아이디").fill("demo-case-manager");
            page.getByLabel("비밀번호").fill("demo-password");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인"))
                    .click();

            assertThat(page).hasURL(java.util.regex.Pattern.compile("http://localhost:" + port + "/(\\?continue)?$"));
            assertThat(page.locator(".demo-banner")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("home-ko.png"))
                    .setFullPage(true));

            page.locator("a[href*='lang=en']").first().click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("home-en.png"))
                    .setFullPage(true));

            page.navigate("http://localhost:" + port + "/");
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            page.locator("a[href*='lang=ko']").first().click();
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
        }
    }

    @Test
    void theSignInPageShowsAReadableErrorForAWrongPassword() {
        try (var context = Browsers.chromium().newContext()) {
            var page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill("demo-case-manager");
            page.locator("#password").fill("wrong");
            page.locator("form.card button[type=submit]").click();

            assertThat(page.locator(".alert-danger")).isVisible();
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Browsers.screenshots().resolve("login-error.png")));
        }
    }
}
