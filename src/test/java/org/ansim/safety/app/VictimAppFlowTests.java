package org.ansim.safety.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The victim's app in a phone-sized Chromium, served by Ansim, its phone API played by {@link FakePhoneApi} so that
 * every request the app makes can be seen and every answer (a lost network, a wrong PIN) chosen.
 */
@AnsimIntegrationTest
class VictimAppFlowTests {

    static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);

    @LocalServerPort
    int port;

    @Test
    void aPhoneEnrolsWithTheCodeFromTheQrAndKeepsOnlyItsTokenAndPreferences() {
        var api = new FakePhoneApi();
        try (var context = PhoneContexts.withFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/#enrol=WRONG-CODE"));

            assertThat(page.locator("#enrol-title")).hasText("이 휴대폰 연결하기");
            assertThat(page).hasURL(url("/app/"));
            assertThat(page.locator("#enrol-code")).hasValue("WRONG-CODE");
            page.locator("#enrol-device").fill("내 휴대폰");
            page.locator("#enrol-form button[type=submit]").click();
            assertThat(page.locator("#enrol-error")).containsText("새 코드를 요청하세요");

            page.locator("#enrol-code").fill(FakePhoneApi.CODE);
            page.locator("#enrol-form button[type=submit]").click();

            assertThat(page.locator("#sos-button")).isVisible();
            assertThat(page.locator("#status")).hasText("연결되었습니다.");
            assertThat(page.locator("#contact-call")).hasText("김지원에게 전화하기");
            assertThat(page.locator("#contact-call")).hasAttribute("href", "tel:0221330000");
            assertThat(page.locator("#appointments li")).containsText("상담 (마음숲 상담센터)");
            var enrolment = api.calls("POST", "/enrolments").getLast();
            assertThat(enrolment.body().get("code").asString()).isEqualTo(FakePhoneApi.CODE);
            assertThat(enrolment.body().get("deviceName").asString()).isEqualTo("내 휴대폰");
            assertThat(enrolment.authorization()).isNull();
            assertThat(api.calls("GET", "/me").getLast().authorization()).isEqualTo("Bearer " + FakePhoneApi.TOKEN);

            assertThat(page.evaluate("() => localStorage.getItem('deviceToken')"))
                    .isEqualTo(FakePhoneApi.TOKEN);
            assertThat((List<?>) page.evaluate("() => Object.keys(localStorage)"))
                    .allMatch(key -> key.equals("deviceToken") || key.equals("prefs"));
            assertThat((List<?>) page.evaluate("() => Object.keys(sessionStorage)"))
                    .isEmpty();
            assertThat(context.cookies()).isEmpty();
        }
    }

    @Test
    void sosCountsDownThenKeepsSendingTheSameEventUntilAcceptedAndShowsOnlyItsStatus() {
        var api = new FakePhoneApi();
        api.sosFailuresToPlay.set(1);
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page.locator("#pins-state")).containsText("아직 PIN이 없습니다");
            screenshot(page, "app-home.png");

            page.locator("#sos-button").click();
            assertThat(page.locator("#countdown")).hasText(Pattern.compile("[23]초 후 보냅니다"));
            assertThat(page.locator("#countdown-cancel")).isFocused();
            screenshot(page, "app-sos-countdown.png");
            assertThat(api.calls("POST", "/sos")).isEmpty();

            assertThat(page.locator("#sos-status")).hasText("접수되었습니다", SOON_TEXT);
            var attempts = api.calls("POST", "/sos");
            assertThat(attempts).hasSize(2);
            var first = attempts.get(0).body();
            var second = attempts.get(1).body();
            assertThat(second.get("clientEventId").asString())
                    .isEqualTo(first.get("clientEventId").asString())
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(second.get("latitude").asDouble()).isEqualTo(PhoneContexts.CITY_HALL_LATITUDE);
            assertThat(second.get("longitude").asDouble()).isEqualTo(PhoneContexts.CITY_HALL_LONGITUDE);
            assertThat(second.get("accuracyMeters").isNumber()).isTrue();
            assertThat(OffsetDateTime.parse(second.get("at").asString()))
                    .isBetween(OffsetDateTime.now().minusMinutes(1), OffsetDateTime.now());

            api.sosStatus = "HELP_ON_THE_WAY";
            assertThat(page.locator("#sos-status")).hasText("도움이 가고 있습니다", SOON_TEXT);
            assertThat(page.locator("#view-sos a[href='tel:112']")).isVisible();
            screenshot(page, "app-sos-status.png");
        }
    }

    @Test
    void aCountdownCancelledInTimeSendsNothing() {
        var api = new FakePhoneApi();
        api.sosCancelSeconds = 5;
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page.locator("#contact-call")).isVisible();

            page.locator("#sos-button").click();
            assertThat(page.locator("#countdown")).hasText("5초 후 보냅니다");
            page.locator("#countdown-cancel").click();

            assertThat(page.locator("#status")).hasText("보내지 않았습니다.");
            page.waitForTimeout(5_500);
            assertThat(api.calls("POST", "/sos")).isEmpty();
        }
    }

    @Test
    void cancellingWithTheDuressPinLooksExactlyLikeANormalCancel() {
        var api = new FakePhoneApi();
        api.sosCancelSeconds = 1;
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            page.locator("#pin-cancel").fill("2580");
            page.locator("#pin-duress").fill("2580");
            page.locator("#pins-form button[type=submit]").click();
            assertThat(page.locator("#pins-error")).hasText("두 PIN은 서로 달라야 합니다.");
            page.locator("#pin-duress").fill("1397");
            page.locator("#pins-form button[type=submit]").click();
            assertThat(page.locator("#status")).hasText("PIN을 저장했습니다.");
            assertThat(api.cancelPin).isEqualTo("2580");
            assertThat(api.duressPin).isEqualTo("1397");

            var withCancelPin = sosCancelledWith(page, "2580", true);
            assertThat(api.duressRaised).isFalse();
            page.locator("#sos-back").click();

            var withDuressPin = sosCancelledWith(page, "1397", false);
            assertThat(api.duressRaised).isTrue();
            assertThat(withDuressPin).isEqualTo(withCancelPin);
            screenshot(page, "app-sos-cancelled.png");
        }
    }

    private String sosCancelledWith(Page page, String pin, boolean tryAWrongPinFirst) {
        page.locator("#sos-button").click();
        assertThat(page.locator("#sos-status")).hasText("접수되었습니다", SOON_TEXT);
        page.locator("#sos-cancel").click();
        assertThat(page.locator("#pin-dialog")).isVisible();
        if (tryAWrongPinFirst) {
            page.locator("#pin-input").fill("0000");
            page.locator("#pin-confirm").click();
            assertThat(page.locator("#pin-error")).hasText("PIN이 맞지 않습니다.");
        }
        page.locator("#pin-input").fill(pin);
        page.locator("#pin-confirm").click();
        assertThat(page.locator("#sos-status")).hasText("취소되었습니다");
        assertThat(page.locator("#pin-dialog")).isHidden();
        return page.locator("#view-sos").innerHTML()
                + page.title()
                + page.locator("#status").innerText();
    }

    @Test
    void aWalkHomeStartsSharesPositionsGetsFifteenMoreMinutesAndEndsAtHome() {
        var api = new FakePhoneApi();
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page.locator("#journey-destination")).hasValue("집");
            assertThat(page.locator("#journey-arrival")).hasValue(Pattern.compile("\\d{2}:\\d{2}"));

            page.locator("#journey-form button[type=submit]").click();

            assertThat(page.locator("#journey-where")).hasText("집(으)로 가는 중");
            assertThat(page.locator("#status")).hasText("귀가를 시작했습니다.");
            var start = api.calls("POST", "/journeys").getFirst().body();
            assertThat(start.get("destinationLabel").asString()).isEqualTo("집");
            assertThat(start.get("clientEventId").asString()).hasSize(36);
            var expected = OffsetDateTime.parse(start.get("expectedArrivalAt").asString());
            assertThat(Duration.between(OffsetDateTime.now(), expected))
                    .isBetween(Duration.ofMinutes(28), Duration.ofMinutes(31));
            var escalatesAt = page.locator("#journey-escalates").innerText();
            assertThat(escalatesAt).contains("까지 도착을 알리지 않으면");
            page.waitForCondition(
                    () -> !api.calls("POST", "/journeys/journey-1/positions").isEmpty());
            var position = api.calls("POST", "/journeys/journey-1/positions")
                    .getFirst()
                    .body();
            assertThat(position.get("latitude").asDouble()).isEqualTo(PhoneContexts.CITY_HALL_LATITUDE);
            screenshot(page, "app-journey.png");

            page.locator("#journey-extend").click();
            assertThat(page.locator("#status")).hasText("시간을 15분 늘렸습니다.");
            assertThat(api.calls("POST", "/journeys/journey-1/extension")
                            .getFirst()
                            .body()
                            .get("minutes")
                            .asInt())
                    .isEqualTo(15);
            assertThat(page.locator("#journey-escalates")).not().hasText(escalatesAt);

            page.locator("#journey-arrived").click();
            assertThat(page.locator("#status")).hasText("귀가를 마쳤습니다.");
            assertThat(page.locator("#journey-form")).isVisible();
            assertThat(api.calls("POST", "/journeys/journey-1/arrival")).hasSize(1);
        }
    }

    @Test
    void arrivingWithPinsSetAsksForThePin() {
        var api = new FakePhoneApi();
        api.cancelPin = "2580";
        api.duressPin = "1397";
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page.locator("#pins-state")).containsText("PIN이 설정되어 있습니다");
            page.locator("#journey-form button[type=submit]").click();
            assertThat(page.locator("#journey-active")).isVisible();

            page.locator("#journey-arrived").click();
            assertThat(page.locator("#pin-dialog")).isVisible();
            page.locator("#pin-input").fill("1397");
            page.locator("#pin-confirm").click();

            assertThat(page.locator("#status")).hasText("귀가를 마쳤습니다.");
            assertThat(api.duressRaised).isTrue();
            assertThat(api.calls("POST", "/journeys/journey-1/arrival")
                            .getFirst()
                            .body()
                            .get("pin")
                            .asString())
                    .isEqualTo("1397");
        }
    }

    @Test
    void quickExitReplacesTheAppWithANeutralPageAndLeavesNoWayBack() {
        var api = new FakePhoneApi();
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate("data:text/html,<title>start</title><p>start</p>");
            var before = (Integer) page.evaluate("() => history.length");
            page.navigate(url("/app/"));
            assertThat(page.locator("#sos-button")).isVisible();
            page.locator("#sos-button").click();
            page.locator("#countdown-cancel").click();
            page.locator("#lang-toggle").click();

            page.locator("#quick-exit").click();

            page.waitForURL(url("/app/notes-en.html"));
            assertNothingOfAnsim(page);
            assertThat(page.evaluate("() => history.length")).isEqualTo(before + 1);
            var behind = pagesBehind(page);
            assertThat(behind).noneMatch(this::isTheApp);
            assertThat(behind.getFirst()).startsWith("data:");
        }
    }

    @Test
    void escapePressedTwiceExitsToo() {
        var api = new FakePhoneApi();
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            var before = (Integer) page.evaluate("() => history.length");
            page.navigate(url("/app/"));
            assertThat(page.locator("#sos-button")).isVisible();

            page.keyboard().press("Escape");
            page.keyboard().press("Escape");

            page.waitForURL(url("/app/notes.html"));
            assertNothingOfAnsim(page);
            assertThat(page.evaluate("() => history.length")).isEqualTo(before + 1);
            assertThat(pagesBehind(page)).noneMatch(this::isTheApp);
        }
    }

    /** Goes Back as far as the browser lets, and answers every address it passed. */
    private static List<String> pagesBehind(Page page) {
        var seen = new java.util.ArrayList<String>();
        for (int step = 0; step < 10; step++) {
            var here = page.url();
            page.goBack();
            if (page.url().equals(here)) {
                break;
            }
            seen.add(page.url());
        }
        return seen;
    }

    private boolean isTheApp(String address) {
        return address.equals(url("/app/")) || address.equals(url("/app"));
    }

    private static void assertNothingOfAnsim(Page page) {
        var content = page.content() + page.title();
        assertThat(content)
                .doesNotContainIgnoringCase("ansim")
                .doesNotContain("안심")
                .doesNotContain("SOS");
        assertThat(content).doesNotContain("112").doesNotContain("app.js");
    }

    @Test
    void theAppSpeaksTheBrowsersLanguageAndSwitchesOnRequest() {
        var api = new FakePhoneApi();
        try (var context = PhoneContexts.withFakeApi("en-US", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page.locator("#enrol-title")).hasText("Connect this phone");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("#lang-toggle")).hasText("한국어");

            page.locator("#lang-toggle").click();

            assertThat(page.locator("#enrol-title")).hasText("이 휴대폰 연결하기");
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
            assertThat(page.locator("#lang-toggle")).hasText("English");
            page.reload();
            assertThat(page.locator("#enrol-title")).hasText("이 휴대폰 연결하기");
        }
    }

    @Test
    void discreetModeShowsANeutralNameAndIcon() {
        var api = new FakePhoneApi();
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page).hasTitle("안심이");

            page.locator("#discreet-toggle").check();

            assertThat(page).hasTitle("메모");
            assertThat(page.locator("#brand")).hasText("메모");
            assertThat(page.locator("#manifest-link"))
                    .hasAttribute("href", "/app/manifest.webmanifest?discreet=true&language=ko");
            assertThat(page.locator("#icon-link")).hasAttribute("href", "/app/icons/notes-192.png");
            page.reload();
            assertThat(page).hasTitle("메모");
        }
    }

    @Test
    void everyControlIsATouchTargetOfAtLeast44PixelsWithAName() {
        var api = new FakePhoneApi();
        try (var context = PhoneContexts.enrolledWithFakeApi("ko-KR", api)) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page.locator("#contact-call")).isVisible();

            @SuppressWarnings("unchecked")
            var small = (List<String>) page.evaluate("""
                    () => Array.from(document.querySelectorAll('button, a, input:not([type=checkbox]), select'))
                      .filter(e => e.offsetParent !== null)
                      .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
                      .map(e => e.id || e.outerHTML)
                    """);
            assertThat(small).isEmpty();
            @SuppressWarnings("unchecked")
            var unlabelled = (List<String>) page.evaluate("""
                    () => Array.from(document.querySelectorAll('input, select'))
                      .filter(e => !(e.labels && e.labels.length))
                      .map(e => e.id)
                    """);
            assertThat(unlabelled).isEmpty();
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= 360"))
                    .isEqualTo(true);
        }
    }

    @Test
    void theServiceWorkerKeepsTheShellForOfflineUseAndNothingElse() {
        try (var context = Browsers.chromium().newContext(PhoneContexts.phone("ko-KR"))) {
            var page = context.newPage();
            page.navigate(url("/app/"));
            assertThat(page.evaluate("() => navigator.serviceWorker.ready.then(r => r.scope)"))
                    .isEqualTo(url("/app/"));
            page.evaluate("() => { localStorage.setItem('deviceToken', 'not-a-device-token'); }");
            page.reload();
            assertThat(page.locator("#status")).hasText("이 휴대폰의 연결이 해제되었습니다. 위급하면 112에 전화하세요.");
            assertThat(page.evaluate("() => localStorage.getItem('deviceToken')"))
                    .isNull();

            @SuppressWarnings("unchecked")
            var cached = (List<String>) page.evaluate("""
                    async () => {
                      const urls = [];
                      for (const name of await caches.keys()) {
                        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
                      }
                      return urls;
                    }
                    """);
            assertThat(cached)
                    .contains(url("/app/"), url("/app/app.js"), url("/app/notes.html"))
                    .allMatch(cachedUrl -> cachedUrl.startsWith(url("/app/")))
                    .noneMatch(cachedUrl -> cachedUrl.contains("/api/"));

            context.setOffline(true);
            page.reload();
            assertThat(page.locator("#enrol-title")).hasText("이 휴대폰 연결하기");
            assertThat(page.locator("#offline")).isVisible();
        }
    }

    static final LocatorAssertions.HasTextOptions SOON_TEXT = new LocatorAssertions.HasTextOptions().setTimeout(10_000);

    private static void screenshot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Browsers.screenshots().resolve(name)));
    }

    private String url(String path) {
        return Browsers.url(port, path);
    }
}
