package org.ansim.services.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.ansim.services.ServicesScenario;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole one-stop flow of issue 7 in Chromium: a police referral arrives through the API; the case manager records
 * the victim's consent to share with a counselling centre and a clinic and sends both referrals from the plan tab; the
 * centre's counsellor accepts and records sessions up to the cap of ten, and the eleventh is refused with a readable
 * message; the unit lead approves an extension and the eleventh is recorded; the victim withdraws her consent (the
 * case manager records it on the consent tab) and the counsellor's view closes: the page says access ended and the
 * API read is refused.
 */
@AnsimIntegrationTest
class OneStopFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Test
    void aReferralBecomesServicesWithinTheCapAndConsentAndTheWithdrawalClosesTheProvidersView() {
        var story = ServicesScenario.referredCase(port);
        var number = story.caseNumber;

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/cases/" + number + "/consents"));
            page.locator("#purpose-SERVICE_REFERRAL").check();
            page.locator("label", new Page.LocatorOptions().setHasText(ServicesScenario.COUNSELLING_CENTRE))
                    .click();
            page.locator("label", new Page.LocatorOptions().setHasText(ServicesScenario.HOSPITAL))
                    .first()
                    .click();
            page.locator("#method").selectOption("WRITTEN");
            page.locator("#grant-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("동의를 기록했습니다");

            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("서비스 계획"))
                    .click();
            refer(page, story, "COUNSELLING", ServicesScenario.COUNSELLING_CENTRE, "주 1회 대면 상담을 원함");
            refer(page, story, "MEDICAL_FEES", ServicesScenario.HOSPITAL, "불면으로 정신건강의학과 진료비 지원 필요");
            assertThat(page.locator("#plan tr[data-service=COUNSELLING]")).containsText("의뢰함");
            assertThat(page.locator("#plan tr[data-service=MEDICAL_FEES]")).containsText(ServicesScenario.HOSPITAL);
            shot(page, "onestop-1-plan-referred.png");
        }

        String referralUrl;
        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-provider");
            page.navigate(Browsers.url(port, "/service-referrals"));
            var row = page.locator("#inbox tr", new Page.LocatorOptions().setHasText(story.alias));
            assertThat(row).hasCount(1);
            row.locator("a").click();
            referralUrl = page.url();
            page.locator("#accept-form button").click();
            assertThat(page.locator(".alert-success")).containsText("의뢰를 수락했습니다");
            for (int session = 1; session <= 10; session++) {
                recordSession(page, "회기 " + session + ": 수면과 불안에 대해 이야기함");
                assertThat(page.locator(".alert-success")).containsText("회기를 기록했습니다");
            }
            assertThat(page.locator("#session-allowance")).containsText("사용 10회 / 한도 10회");

            recordSession(page, "열한 번째 회기");
            assertThat(page.locator(".alert-danger")).containsText("회기 한도에 이르렀습니다");
            assertThat(page.locator("#sessions tbody tr")).hasCount(10);
            shot(page, "onestop-2-eleventh-refused.png");
        }

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-unit-lead");
            page.navigate(Browsers.url(port, "/cases/" + number + "/services"));
            page.locator("#additionalSessions").fill("5");
            page.locator("#extension-reason").fill("불안 증상이 남아 있어 상담 연장이 필요함");
            page.locator("#extension-form button[type=submit]").click();
            assertThat(page.locator("#counselling")).containsText("한도 15회");
            shot(page, "onestop-3-extension.png");
        }

        var counsellor = ServicesScenario.signedIn(port, "demo-provider");
        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-provider");
            page.navigate(referralUrl);
            recordSession(page, "열한 번째 회기: 연장 승인 후");
            assertThat(page.locator(".alert-success")).containsText("회기를 기록했습니다");
            assertThat(page.locator("#sessions tbody tr")).hasCount(11);
            assertThat(page.locator("#session-allowance")).containsText("사용 11회 / 한도 15회");
            var referralId = referralUrl.substring(referralUrl.lastIndexOf('/') + 1);
            org.assertj.core.api.Assertions.assertThat(counsellor
                            .getJson("/api/v1/service-referrals/" + referralId)
                            .statusCode())
                    .isEqualTo(200);

            try (var managerContext = Browsers.chromium().newContext(KOREAN)) {
                var manager = Browsers.signedIn(managerContext, port, "demo-case-manager");
                manager.navigate(Browsers.url(port, "/cases/" + number + "/consents"));
                var consent = manager.locator(
                        "#consents tbody tr",
                        new Page.LocatorOptions().setHasText(ServicesScenario.COUNSELLING_CENTRE));
                assertThat(consent).hasCount(1);
                consent.locator("input[name=how]").fill("피해자가 전화로 동의를 철회함");
                consent.locator("button[type=submit]").click();
                assertThat(consent).containsText("철회됨");
                shot(manager, "onestop-4-consent-withdrawn.png");
            }

            page.navigate(referralUrl);
            assertThat(page.locator("#access-ended")).containsText("열람이 종료되었습니다");
            assertThat(page.locator("main")).not().containsText("수면과 불안");
            shot(page, "onestop-5-access-ended.png");
            var refused = counsellor.getJson("/api/v1/service-referrals/" + referralId);
            org.assertj.core.api.Assertions.assertThat(refused.statusCode()).isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(refused.body())
                    .contains("/access-ended")
                    .doesNotContain("주 1회 대면 상담을 원함");
        }
    }

    private static void refer(Page page, ServicesScenario story, String service, String provider, String need) {
        page.locator("#refer-service").selectOption(service);
        page.locator("#refer-organisation").selectOption(new SelectOption().setLabel(provider + " ✓ 공유 동의"));
        page.locator("#refer-alias").fill(story.alias);
        page.locator("#refer-note").fill(need);
        page.locator("#referral-form button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("의뢰를 보냈습니다");
    }

    private static void recordSession(Page page, String note) {
        page.locator("#session-minutes").fill("50");
        page.locator("#session-kind").selectOption("IN_PERSON");
        page.locator("#session-note").fill(note);
        page.locator("#session-form button[type=submit]").click();
        page.waitForLoadState();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshots().resolve(name))
                .setFullPage(true));
    }
}
