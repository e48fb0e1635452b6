package org.ansim.safety.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.Browsers;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app against the real phone API: a case manager issues a code, the phone enrols from the QR's address, sets its
 * PINs, sends an SOS through a lost first attempt that the dispatcher sees and acknowledges, cancels it with the
 * duress PIN, and walks home.
 */
@AnsimIntegrationTest
class VictimAppAgainstAnsimTests {

    static final Pattern ISSUED_CODE = Pattern.compile("id=\"issued-code\"[^>]*>([^<]+)<");
    static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVictimEnrolsSendsAnSosThroughABadNetworkAndTheDispatcherSeesIt() {
        try (var context = phone()) {
            var failFirstSos = new AtomicInteger(1);
            context.route("**/api/v1/app/sos", route -> {
                if (failFirstSos.getAndDecrement() > 0) {
                    route.abort("internetdisconnected");
                } else {
                    route.resume();
                }
            });
            var accepted = new java.util.concurrent.atomic.AtomicReference<String>();
            context.onResponse(response -> {
                if (response.url().endsWith("/api/v1/app/sos") && response.status() == 202) {
                    accepted.set(response.text());
                }
            });
            var page = enrolled(context);
            assertThat(page.locator("#contact-call")).hasAttribute("href", Pattern.compile("^tel:[0-9+]+$"));

            page.locator("#sos-button").click();
            assertThat(page.locator("#countdown")).isVisible();
            assertThat(page.locator("#sos-status")).hasText("접수되었습니다", SOON);
            assertThat(accepted.get()).as("the SOS answer").contains("alertId");
            var id = accepted.get().replaceFirst(".*\"alertId\"\\s*:\\s*\"([^\"]+)\".*", "$1");

            var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
            dispatcher.get("/");
            assertThat(dispatcher.getJson("/api/v1/alerts").body()).contains(id);
            assertThat(dispatcher
                            .postJson("/api/v1/alerts/" + id + "/acknowledgement", "")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(page.locator("#sos-status")).hasText("상황실에서 확인했습니다", SOON);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshots().resolve("app-real-sos-acknowledged.png")));
        }
    }

    @Test
    void aVictimWithPinsCancelsUnderDuressAndTheScreenSaysOnlyCancelled() {
        try (var context = phone()) {
            var page = enrolled(context);
            page.locator("#pin-cancel").fill("4826");
            page.locator("#pin-duress").fill("7351");
            page.locator("#pins-form button[type=submit]").click();
            assertThat(page.locator("#status")).hasText("PIN을 저장했습니다.");
            page.reload();
            assertThat(page.locator("#pins-state")).containsText("PIN이 설정되어 있습니다");

            page.locator("#sos-button").click();
            assertThat(page.locator("#sos-status")).hasText("접수되었습니다", SOON);
            page.locator("#sos-cancel").click();
            page.locator("#pin-input").fill("1111");
            page.locator("#pin-confirm").click();
            assertThat(page.locator("#pin-error")).hasText("PIN이 맞지 않습니다.", SOON);
            page.locator("#pin-input").fill("7351");
            page.locator("#pin-confirm").click();

            assertThat(page.locator("#sos-status")).hasText("취소되었습니다");
            page.waitForTimeout(4_000);
            assertThat(page.locator("#sos-status")).hasText("취소되었습니다");
        }
    }

    @Test
    void aVictimWalksHomeGetsFifteenMoreMinutesAndArrives() {
        try (var context = phone()) {
            var page = enrolled(context);
            page.locator("#journey-destination").fill("친구 집");
            page.locator("#journey-form button[type=submit]").click();
            assertThat(page.locator("#journey-where")).hasText("친구 집(으)로 가는 중");
            var escalates = page.locator("#journey-escalates").innerText();

            page.reload();
            assertThat(page.locator("#journey-where")).hasText("친구 집(으)로 가는 중");
            page.locator("#journey-extend").click();
            assertThat(page.locator("#status")).hasText("시간을 15분 늘렸습니다.");
            assertThat(page.locator("#journey-escalates")).not().hasText(escalates);

            page.locator("#journey-arrived").click();
            assertThat(page.locator("#status")).hasText("귀가를 마쳤습니다.");
            assertThat(page.locator("#journey-form")).isVisible();
        }
    }

    @Test
    void thePhonesAnswersAreMarkedNotToBeStored() {
        var me = ApiClient.withKey(port, "demo-phone-token").get("/api/v1/app/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    private BrowserContext phone() {
        return Browsers.chromium()
                .newContext(PhoneContexts.phone("ko-KR").setServiceWorkers(ServiceWorkerPolicy.BLOCK));
    }

    /** The case manager issues a code; the phone opens the QR's address and connects. */
    private Page enrolled(BrowserContext context) {
        var page = context.newPage();
        page.navigate(Browsers.url(port, "/app/#enrol=" + issuedCode()));
        assertThat(page).hasURL(Browsers.url(port, "/app/"));
        page.locator("#enrol-device").fill("내 휴대폰");
        page.locator("#enrol-form button[type=submit]").click();
        assertThat(page.locator("#status")).hasText("연결되었습니다.");
        assertThat(page.locator("#contact-call")).isVisible();
        return page;
    }

    private String issuedCode() {
        var caseNumber = jdbc.sql("""
                        SELECT number FROM cases_case WHERE case_manager = 'demo-case-manager'
                           AND status IN ('CONTACTED', 'ACTIVE') ORDER BY number LIMIT 1""").query(String.class).single();
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        manager.get("/cases/" + caseNumber + "/safety");
        var page = manager.postForm("/cases/" + caseNumber + "/safety/codes", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        var code = ISSUED_CODE.matcher(page.body());
        assertThat(code.find()).as("the page shows the code").isTrue();
        return code.group(1).strip();
    }
}
