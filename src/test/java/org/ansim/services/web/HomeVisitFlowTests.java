package org.ansim.services.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import org.ansim.services.ServicesScenario;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, home therapy: the hospital's visiting team accepted the referral; the case manager schedules a visit
 * for {@code demo-therapist} on the plan tab; the therapist finds it on her visit page, where the address cannot be
 * asked for before the visit's day.
 */
@AnsimIntegrationTest
class HomeVisitFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Test
    void theCaseManagerSchedulesAVisitOnThePlanAndTheTherapistFindsIt() {
        var story = ServicesScenario.referredCase(port);
        var hospital = story.organisationOf(ServicesScenario.HOSPITAL);
        story.consentToShareWith(hospital);
        var referralId = story.referred("HOME_THERAPY", hospital);
        var therapist = ServicesScenario.signedIn(port, "demo-therapist");
        org.assertj.core.api.Assertions.assertThat(therapist
                        .postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "")
                        .statusCode())
                .isEqualTo(200);
        var when = LocalDateTime.now(PolicySettings.ZONE)
                .plusDays(3)
                .withHour(15)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/cases/" + story.caseNumber + "/services"));
            var visits = page.locator("#home-visits");
            assertThat(visits).containsText(ServicesScenario.HOSPITAL);
            assertThat(visits).containsText("방문 일정이 없습니다");
            visits.locator("input[name=startsAt]").fill(when.toString().substring(0, 16));
            visits.locator("select[name=therapist]")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("한가람 방문치료사"));
            visits.locator("button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("방문 일정을 등록했습니다");
            assertThat(page.locator("#home-visits .visit-list")).containsText(when.toLocalDate() + " 15:00");
            assertThat(page.locator("#home-visits .visit-list")).containsText("한가람 방문치료사");
            page.locator("#home-visits")
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(Browsers.screenshots().resolve("plan-home-visits.png")));
        }

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-therapist");
            page.navigate(Browsers.url(port, "/service-referrals/" + referralId + "/home-visits"));
            var row = page.locator("#visits tbody tr");
            assertThat(row).hasCount(1);
            assertThat(row).containsText(when.toLocalDate() + " 15:00");
            assertThat(row).containsText("예정");
            assertThat(row).containsText("방문 당일에 볼 수 있음");
            assertThat(row.locator("input[name=reason]")).hasCount(0);
            assertThat(page.locator("body")).not().containsText("테헤란로");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("therapist-visits.png"))
                    .setFullPage(true));
        }
    }
}
