package org.ansim.services.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.ansim.services.ServicesScenario;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, the one-stop flow for counselling: the case manager records the victim's consent to share with the
 * counselling centre on the consent tab, refers counselling from the plan tab, the centre's counsellor signs in,
 * accepts the referral and records a session; the plan shows the service in progress.
 */
@AnsimIntegrationTest
class ServicePlanFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Test
    void theCaseManagerRefersCounsellingAndTheCentreAcceptsAndRecordsASession() {
        var story = ServicesScenario.referredCase(port);
        var number = story.caseNumber;

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/cases/" + number + "/consents"));
            page.locator("#purpose-SERVICE_REFERRAL").check();
            page.locator("label", new Page.LocatorOptions().setHasText(ServicesScenario.COUNSELLING_CENTRE))
                    .click();
            page.locator("#method").selectOption("WRITTEN");
            page.locator("#grant-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("동의를 기록했습니다");

            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("서비스 계획"))
                    .click();
            assertThat(page.locator("h1")).containsText("서비스 계획");
            page.locator("#refer-service").selectOption("COUNSELLING");
            page.locator("#refer-organisation")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel(ServicesScenario.COUNSELLING_CENTRE + " ✓ 공유 동의"));
            page.locator("#refer-alias").fill(story.alias);
            page.locator("#refer-note").fill("주 1회 대면 상담을 원함");
            page.locator("#referral-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("의뢰를 보냈습니다");
            assertThat(page.locator("#plan tr[data-service=COUNSELLING]")).containsText("의뢰함");
            assertThat(page.locator("#plan tr[data-service=COUNSELLING]"))
                    .containsText(ServicesScenario.COUNSELLING_CENTRE);
        }

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-provider");
            page.locator("nav a", new Page.LocatorOptions().setHasText("받은 의뢰"))
                    .first()
                    .click();
            var row = page.locator("#inbox tr", new Page.LocatorOptions().setHasText(story.alias));
            assertThat(row).containsText("의뢰함");
            row.locator("a").click();
            assertThat(page.locator("#referral-detail")).containsText("주 1회 대면 상담을 원함");
            assertThat(page.locator("#referral-detail")).not().containsText(number);
            page.locator("#accept-form button").click();
            assertThat(page.locator(".alert-success")).containsText("의뢰를 수락했습니다");

            page.locator("#session-minutes").fill("50");
            page.locator("#session-kind").selectOption("IN_PERSON");
            page.locator("#session-note").fill("첫 상담. 수면이 어렵다고 함.");
            page.locator("#session-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("회기를 기록했습니다");
            assertThat(page.locator("#sessions tbody tr")).hasCount(1);
            assertThat(page.locator("#session-allowance")).containsText("사용 1회 / 한도 10회");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("provider-referral.png"))
                    .setFullPage(true));
        }

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/cases/" + number + "/services"));
            var counselling = page.locator("#plan tr[data-service=COUNSELLING]");
            assertThat(counselling).containsText("진행 중");
            assertThat(counselling).containsText("1회기");
            assertThat(page.locator("#counselling")).containsText("사용 1회 / 한도 10회");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("service-plan.png"))
                    .setFullPage(true));
            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("경과"))
                    .click();
            assertThat(page.locator("#timeline"))
                    .containsText(
                            "서비스 시작",
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                    .setTimeout(10_000));
            assertThat(page.locator("#timeline", new Page.LocatorOptions())).containsText("서비스 기관 의뢰");
        }
    }
}
