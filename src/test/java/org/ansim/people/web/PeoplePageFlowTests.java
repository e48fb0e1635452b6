package org.ansim.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.Browsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the same victim and offender referred twice; on the second case's people tab the unit lead sees the
 * other case of the same offender and answers "same person?" with yes; the timeline says both.
 */
@AnsimIntegrationTest
class PeoplePageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");
    static final Pattern CASE_NUMBER = Pattern.compile("STK-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitLeadConfirmsTheSamePersonAndSeesTheOffendersOtherCase() {
        var someone = 50_000 + (int) (System.nanoTime() % 9_000);
        var first = referred(someone);
        var second = referred(someone);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM people_possible_match m JOIN cases_case c ON c.id = m.case_id
                                 WHERE c.number = ? AND m.status = 'OPEN'""").param(second).query(Long.class).single() > 0);

        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-unit-lead");
            page.navigate(Browsers.url(port, "/cases/" + second));
            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("인물·연관 사건"))
                    .click();

            assertThat(page.locator("#linked-cases")).containsText(first);
            assertThat(page.locator("#linked-cases")).containsText("전화번호 일치");
            var open = page.locator("tr[data-match-id]", new Page.LocatorOptions().setHasText(first));
            assertThat(open).containsText("결정 대기");
            open.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("같은 사람"))
                    .first()
                    .click();
            assertThat(page.locator("tr[data-match-id]", new Page.LocatorOptions().setHasText(first)))
                    .containsText("같은 사람으로 확인");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("people.png"))
                    .setFullPage(true));

            page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("경과"))
                    .click();
            assertThat(page.locator("#timeline")).containsText("같은 가해자의 다른 사건과 연결");
            assertThat(page.locator("#timeline")).containsText("같은 사람일 수 있는 이전 피해자 발견");
        }
    }

    /** A referral of victim and offender number {@code someone}, under a report number of its own. */
    private String referred(int someone) {
        var referral = ApiClient.withKey(port, "demo-police-key")
                .post("/api/v1/referrals", ReferralTestData.ofDistinctPeople(someone));
        assertThat(referral.statusCode()).isEqualTo(201);
        var matcher = CASE_NUMBER.matcher(referral.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }
}
