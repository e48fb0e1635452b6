package org.ansim.alerts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.Browsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In Chromium: an SOS on a case reaches the dispatcher's open console without a reload, is shown on the coordinate
 * grid (no tile server: no internet assumed) with its coordinates written out, and is acknowledged and closed as a
 * false alarm from there.
 */
@AnsimIntegrationTest
class ConsolePageFlowTests {

    static final Browser.NewContextOptions KOREAN = new Browser.NewContextOptions().setLocale("ko-KR");

    @LocalServerPort
    int port;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CaseLookup cases;

    @Test
    void anSosAppearsLiveIsShownOnTheGridAndIsAcknowledgedAndClosedAsAFalseAlarm() {
        var caseNumber = aCase();
        AlertId id;
        try (var context = Browsers.chromium().newContext(KOREAN)) {
            var page = Browsers.signedIn(context, port, "demo-dispatcher");
            page.navigate(Browsers.url(port, "/console"));
            assertThat(page.locator("#console-connection")).hasText("실시간 연결됨");
            var pageLoads = new int[] {0};
            page.onLoad(loaded -> pageLoads[0]++);

            id = transactions.execute(status ->
                    alerts.raise(RaiseAlert.of(AlertKind.SOS, caseNumber, TestLocationPanel.SUMMARY + " (flow)")
                            .withSourceKey("sos:" + UUID.randomUUID())));

            var row = page.locator("#console-alerts li[data-alert-id='" + id + "']");
            assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
            assertThat(page.locator("#console-alerts li").first()).hasAttribute("data-alert-id", id.toString());
            assertThat(row).containsText("미확인");
            assertThat(page.locator("#console-cue")).isVisible();
            assertThat(page.locator("#console-count")).containsText(caseNumber);

            row.locator("button").click();
            assertThat(page.locator("#console-detail-heading")).containsText(caseNumber);
            assertThat(page.locator("#console-map")).hasAttribute("data-mode", "grid");
            assertThat(page.locator("#console-map-mode")).containsText("좌표 격자");
            assertThat(page.locator("#console-positions")).containsText("Phone: 37.56650, 126.97800");
            assertThat(page.locator("#console-positions")).containsText("±25 m");
            assertThat(page.locator("#console-map path.leaflet-interactive").first())
                    .isVisible();
            assertThat(page.locator(".console-case")).containsText("높음");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("console.png"))
                    .setFullPage(true));

            page.locator("button[data-action=acknowledgement]").click();
            assertThat(page.locator("#console-detail-acknowledged")).containsText("demo-dispatcher");
            assertThat(row.locator(".console-alert-status")).hasText("확인됨");

            page.locator("#console-outcome").selectOption("FALSE_ALARM");
            page.locator("#console-close button[type=submit]").click();
            assertThat(page.locator("#console-detail-closed")).containsText("오경보");
            assertThat(row).hasCount(0);
            assertThat(pageLoads[0]).isZero();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("console-closed.png"))
                    .setFullPage(true));
        }
        var closed = alerts.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo("FALSE_ALARM");
        assertThat(closed.acknowledgedBy()).isEqualTo("demo-dispatcher");
    }

    private String aCase() {
        var referral =
                ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.highRisk());
        assertThat(referral.statusCode()).isEqualTo(201);
        var matcher = java.util.regex.Pattern.compile("STK-\\d{4}-\\d{6}").matcher(referral.body());
        assertThat(matcher.find()).isTrue();
        var number = matcher.group();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> cases.find(new CaseNumber(number)).isPresent());
        return number;
    }
}
