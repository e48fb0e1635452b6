package org.ansim.intake.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.ansim.intake.ApplicationMother.Applicant;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium, in Korean: a victim applies online; a 1366 counsellor and a unit lead take applications by form. */
@AnsimIntegrationTest
class IntakeFlowTests {

    static final Pattern CONFIRMATION = Pattern.compile("A-[A-Z3-9]{4}-[A-Z3-9]{4}");

    @LocalServerPort
    int port;

    @Test
    void aVictimAppliesOnlineAndGetsHerConfirmationNumber() {
        var applicant = Applicant.unique();
        try (var context = Browsers.chromium().newContext(korean())) {
            var page = context.newPage();
            page.navigate(url("/apply"));
            assertThat(page.locator("h1")).hasText("스토킹 피해 원스톱 지원 신청");

            page.locator("#name").fill(applicant.name());
            page.locator("#birthDate").fill(applicant.birthDate());
            page.locator("#phone").fill(applicant.phone());
            page.locator("#sigungu").fill("서대문구");
            label(page, "심리상담").check();
            label(page, "신변보호(경호)").check();
            page.locator("#consentCaseManagement").check();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("apply.png"))
                    .setFullPage(true));
            page.waitForTimeout(OnlineApplicationController.HUMAN_MINIMUM.toMillis() + 200);
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("신청하기"))
                    .click();

            page.waitForURL(Pattern.compile(".*/apply/received$"));
            assertThat(page.locator("h1")).hasText("신청이 접수되었습니다");
            assertThat(page.locator("#confirmation-number")).hasText(CONFIRMATION);
            assertThat(page.locator("main")).containsText("1366");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("apply-received.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void aHotlineCounsellorReadsTheScriptAndTakesTheApplication() {
        var applicant = Applicant.unique();
        String caseNumber;
        try (var context = Browsers.chromium().newContext(korean())) {
            var page = signedIn(context.newPage(), "demo-hotline");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("신규 접수"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText("1366 전화 접수");
            assertThat(page.locator(".consent-script")).containsText("이 통화는 동의 확인을 위해 녹음됩니다");
            assertThat(page.locator("#consent-script")).hasText("hotline-v1");

            fill(page, applicant);
            label(page, "구두 (통화 녹취)").check();
            page.locator("#consentNote").fill("통화 녹취 14:32, 안내문을 끝까지 듣고 동의함");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("intake-hotline.png"))
                    .setFullPage(true));
            page.locator("main form button[type=submit]").click();

            page.waitForURL(Pattern.compile(".*/intake/taken$"));
            assertThat(page.locator("#confirmation-number")).hasText(CONFIRMATION);
            caseNumber = page.locator("#case-number").textContent().strip();
        }

        try (var context = Browsers.chromium().newContext(korean())) {
            var lead = signedIn(context.newPage(), "demo-unit-lead");
            lead.navigate(url("/cases/" + caseNumber));
            assertThat(lead.locator("h1")).containsText(caseNumber);
            assertThat(lead.locator("main")).containsText("1366");
        }
    }

    @Test
    void aUnitLeadTakingAWalkInLandsOnTheNewCase() {
        try (var context = Browsers.chromium().newContext(korean())) {
            var page = signedIn(context.newPage(), "demo-unit-lead");
            page.navigate(url("/intake/new?channel=WALK_IN"));
            assertThat(page.locator("h1")).hasText("방문 접수");
            fill(page, Applicant.unique());
            label(page, "서면 (서명한 동의서)").check();
            page.locator("main form button[type=submit]").click();

            page.waitForURL(Pattern.compile(".*/cases/STK-\\d{4}-\\d{6}$"));
            assertThat(page.locator("#case-manager")).isVisible();
        }
    }

    private static void fill(Page page, Applicant applicant) {
        page.locator("#consentCaseManagement").check();
        page.locator("#consentServiceReferral").check();
        page.locator("#name").fill(applicant.name());
        page.locator("#birthDate").fill(applicant.birthDate());
        page.locator("#phone").fill(applicant.phone());
        page.locator("#sigungu").fill("중구");
        label(page, "법률지원").check();
        label(page, "동행").check();
    }

    private static com.microsoft.playwright.Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private static Browser.NewContextOptions korean() {
        return new Browser.NewContextOptions()
                .setLocale("ko-KR")
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", OnlineVisitor.uniqueAddress()));
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
