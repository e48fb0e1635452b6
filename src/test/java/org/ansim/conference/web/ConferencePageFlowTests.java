package org.ansim.conference.web;

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
 * In Chromium, a whole conference: the unit lead calls it and finds the police's high-risk case on the agenda with its
 * reason, records who came, a sealed note, a decision and an action for the case manager that is already overdue; the
 * plan shows on the case's conference tab, and on the case manager's task list as overdue.
 */
@AnsimIntegrationTest
class ConferencePageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Test
    void theLeadRunsAConferenceAndThePlanReachesTheCaseAndTheOwnersTaskList() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var yesterday = LocalDate.now(PolicySettings.ZONE).minusDays(1);

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-unit-lead");
            page.navigate(Browsers.url(port, "/conferences"));
            page.locator("#schedule-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("소집");

            var row = page.locator("#agenda tbody tr[data-case='" + number + "']");
            page.waitForCondition(
                    () -> {
                        if (row.count() == 0) {
                            page.reload();
                        }
                        return row.count() > 0;
                    },
                    new Page.WaitForConditionOptions().setTimeout(30_000));
            assertThat(row).containsText("위험도 높음 (경찰)");

            page.locator("#expert-role").selectOption("CASE_MANAGER");
            page.locator("#expert-username").fill("demo-case-manager");
            page.locator("#expert-form button[type=submit]").click();
            page.locator("#guest-name").fill("이경위");
            page.locator("#guest-organisation").fill("서울강남경찰서");
            page.locator("#guest-form button[type=submit]").click();
            assertThat(page.locator("#attendance")).containsText("서울강남경찰서");

            var discussion = page.locator(".case-discussion[data-case='" + number + "']");
            discussion.locator(".note-form textarea").fill("가해자가 직장 앞에서 두 차례 목격됨");
            discussion.locator(".note-form button").click();
            assertThat(page.locator(".alert-success")).containsText("암호화");
            discussion = page.locator(".case-discussion[data-case='" + number + "']");
            assertThat(discussion.locator(".notes")).not().containsText("직장 앞");

            discussion.locator(".decision-form input[name=text]").fill("잠정조치 연장 신청 지원");
            discussion.locator(".decision-form button").click();
            discussion = page.locator(".case-discussion[data-case='" + number + "']");
            assertThat(discussion.locator(".decisions")).containsText("잠정조치 연장 신청 지원");

            discussion.locator(".action-form input[name=description]").fill("피해자에게 회의 결과 전달");
            discussion.locator(".action-form input[name=owner]").fill("demo-case-manager");
            discussion.locator(".action-form input[name=dueOn]").fill(yesterday.toString());
            discussion.locator(".action-form button").click();
            discussion = page.locator(".case-discussion[data-case='" + number + "']");
            assertThat(discussion.locator(".plan")).containsText("피해자에게 회의 결과 전달");
            assertThat(discussion.locator(".plan")).containsText("기한 지남");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("conference-meeting.png"))
                    .setFullPage(true));

            page.navigate(Browsers.url(port, "/cases/" + number + "/conference"));
            assertThat(page.locator("#case-plan")).containsText("피해자에게 회의 결과 전달");
            assertThat(page.locator("#case-decisions")).containsText("잠정조치 연장 신청 지원");
            assertThat(page.locator("#agenda-history")).containsText("위험도 높음 (경찰)");
        }

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-case-manager");
            page.navigate(Browsers.url(port, "/my-tasks"));
            var task = page.locator("#my-actions tbody tr", new Page.LocatorOptions().setHasText(number));
            assertThat(task.first()).containsText("피해자에게 회의 결과 전달");
            assertThat(task.first()).containsText("기한 지남");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("conference-tasks.png"))
                    .setFullPage(true));
        }
    }
}
