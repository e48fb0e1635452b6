package org.ansim.safety.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The victim's phone and the dispatcher's console, each in its own Chromium context against one running Ansim: an
 * SOS pressed on the phone appears on the open console without a reload, is placed on the coordinate grid and
 * acknowledged, and the phone says so; a walk home nobody ends turns into a missed-arrival alert on the console.
 */
@AnsimIntegrationTest
class PhoneToConsoleFlowTests {

    static final Pattern ALERT_ID = Pattern.compile("\"alertId\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern JOURNEY_ID = Pattern.compile("\"journeyId\"\\s*:\\s*\"([^\"]+)\"");
    static final LocatorAssertions.HasTextOptions SOON_TEXT = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
    static final LocatorAssertions.ContainsTextOptions SOON_CONTAINS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anSosPressedOnThePhoneIsSeenPlacedAndAcknowledgedOnTheConsoleAndThePhoneSaysSo() {
        try (var phoneContext = EnrolledPhones.phoneContext();
                var consoleContext = EnrolledPhones.consoleContext()) {
            var phone = EnrolledPhones.enrol(phoneContext, port, jdbc);
            var accepted = new AtomicReference<String>();
            phoneContext.onResponse(response -> {
                if (response.url().endsWith("/api/v1/app/sos") && response.status() == 202) {
                    accepted.set(response.text());
                }
            });
            var console = EnrolledPhones.openConsole(consoleContext, port);
            var consoleLoads = new int[] {0};
            console.onLoad(loaded -> consoleLoads[0]++);

            phone.page().locator("#sos-button").click();
            assertThat(phone.page().locator("#countdown")).isVisible();
            assertThat(phone.page().locator("#sos-status")).hasText("접수되었습니다", SOON_TEXT);
            var alertId = idIn(ALERT_ID, accepted.get());

            var row = console.locator("#console-alerts li[data-alert-id='" + alertId + "']");
            assertThat(row).isVisible(SOON);
            assertThat(row).containsText("SOS");
            assertThat(row).containsText(phone.caseNumber());
            assertThat(row.locator(".console-alert-status")).hasText("미확인");
            assertThat(console.locator("#console-cue")).isVisible();

            row.locator("button").click();
            assertThat(console.locator("#console-detail-heading")).containsText(phone.caseNumber());
            assertThat(console.locator("#console-map")).hasAttribute("data-mode", "grid");
            assertThat(console.locator("#console-positions"))
                    .containsText("긴급신고 위치: " + EnrolledPhones.WRITTEN_OUT, SOON_CONTAINS);
            assertThat(console.locator(".safety-alert-location")).containsText(EnrolledPhones.WRITTEN_OUT);
            assertThat(console.locator("#console-map path.leaflet-interactive").first())
                    .isVisible();
            console.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("e2e-console-sos-from-phone.png"))
                    .setFullPage(true));

            console.locator("button[data-action=acknowledgement]").click();
            assertThat(console.locator("#console-detail-acknowledged")).containsText("demo-dispatcher");
            assertThat(row.locator(".console-alert-status")).hasText("확인됨");
            assertThat(consoleLoads[0]).as("console page loads after it opened").isZero();

            assertThat(phone.page().locator("#sos-status")).hasText("상황실에서 확인했습니다", SOON_TEXT);
            phone.page()
                    .screenshot(new Page.ScreenshotOptions()
                            .setPath(Browsers.screenshots().resolve("e2e-phone-sos-acknowledged.png")));
        }
    }

    @Test
    void aWalkHomeThatNobodyEndsBecomesAMissedArrivalOnTheOpenConsole() {
        try (var phoneContext = EnrolledPhones.phoneContext();
                var consoleContext = EnrolledPhones.consoleContext()) {
            var phone = EnrolledPhones.enrol(phoneContext, port, jdbc);
            var console = EnrolledPhones.openConsole(consoleContext, port);
            var consoleLoads = new int[] {0};
            console.onLoad(loaded -> consoleLoads[0]++);

            var expected = OffsetDateTime.now(ZoneId.of("Asia/Seoul")).plusSeconds(8);
            var started = ApiClient.withKey(port, phone.deviceToken())
                    .post("/api/v1/app/journeys", """
                            {"clientEventId": "%s", "destinationLabel": "친구 집",
                             "expectedArrivalAt": "%s", "graceSeconds": 0}""".formatted(UUID.randomUUID(), expected));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            var journeyId = idIn(JOURNEY_ID, started.body());

            var position = phone.page()
                    .waitForResponse(
                            response -> response.url().endsWith("/journeys/" + journeyId + "/positions"),
                            () -> phone.page().reload());
            assertThat(position.status()).isLessThan(300);
            assertThat(phone.page().locator("#journey-where")).hasText("친구 집(으)로 가는 중");

            var row = console.locator("#console-alerts li.console-alert")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("귀가 미도착"))
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(phone.caseNumber()));
            assertThat(row.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            var alertId = jdbc.sql("SELECT alert_id FROM safety_journey WHERE id = ?")
                    .param(UUID.fromString(journeyId))
                    .query(UUID.class)
                    .single();
            var thisAlert = console.locator("#console-alerts li[data-alert-id='" + alertId + "']");
            assertThat(thisAlert).isVisible();
            assertThat(thisAlert.locator(".console-alert-status")).hasText("미확인");

            thisAlert.locator("button").click();
            assertThat(console.locator("#console-detail-heading")).containsText("귀가 미도착");
            assertThat(console.locator(".safety-alert-location")).containsText("안심귀가 미도착", SOON_CONTAINS);
            assertThat(console.locator("#console-positions"))
                    .containsText("마지막 귀가 위치: " + EnrolledPhones.WRITTEN_OUT, SOON_CONTAINS);
            assertThat(consoleLoads[0]).as("console page loads after it opened").isZero();
            console.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("e2e-console-missed-arrival.png"))
                    .setFullPage(true));
        }
    }

    private static String idIn(Pattern pattern, String json) {
        assertThat(json).as("the answer").isNotNull();
        var id = pattern.matcher(json);
        assertThat(id.find()).as("an id in " + json).isTrue();
        return id.group(1);
    }
}
