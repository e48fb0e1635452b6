package org.ansim.safety.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ansim.support.Browsers;
import org.ansim.support.StaffSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Phones and consoles as the end-to-end tests hold them: a 360 × 640 Chromium standing near Seoul City Hall, enrolled
 * through the real API with a code its case manager issued, and the dispatcher's console in a second browser.
 */
final class EnrolledPhones {

    /** Near Seoul City Hall, a few metres off the app's own default, so the map shows where this phone is. */
    static final double LATITUDE = 37.5665;

    static final double LONGITUDE = 126.9780;

    /** How {@link #LATITUDE} and {@link #LONGITUDE} are written out on the console. */
    static final String WRITTEN_OUT = "37.56650, 126.97800";

    private static final Pattern ISSUED_CODE = Pattern.compile("id=\"issued-code\"[^>]*>([^<]+)<");

    private EnrolledPhones() {}

    /** An enrolled phone: its page in the app and the case it belongs to. */
    record Phone(Page page, String caseNumber) {

        /** The token the app keeps after enrolment, to call the phone API as this phone. */
        String deviceToken() {
            return (String) page.evaluate("() => localStorage.getItem('deviceToken')");
        }
    }

    static BrowserContext phoneContext() {
        return Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(360, 640)
                        .setDeviceScaleFactor(2)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("ko-KR")
                        .setTimezoneId("Asia/Seoul")
                        .setGeolocation(LATITUDE, LONGITUDE)
                        .setPermissions(List.of("geolocation"))
                        .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
    }

    static BrowserContext consoleContext() {
        return Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 900)
                        .setLocale("ko-KR")
                        .setTimezoneId("Asia/Seoul"));
    }

    /** The demo dispatcher's console, open and connected to the alert stream. */
    static Page openConsole(BrowserContext context, int port) {
        var page = Browsers.signedIn(context, port, "demo-dispatcher");
        page.navigate(Browsers.url(port, "/console"));
        assertThat(page.locator("#console-connection")).hasText("실시간 연결됨");
        return page;
    }

    /** The case manager issues a code on her case's safety tab; the phone opens the QR's address and connects. */
    static Phone enrol(BrowserContext context, int port, JdbcClient jdbc) {
        var caseNumber = jdbc.sql("""
                        SELECT number FROM cases_case WHERE case_manager = 'demo-case-manager'
                           AND status IN ('CONTACTED', 'ACTIVE') ORDER BY number LIMIT 1""").query(String.class).single();
        var code = issuedCode(port, caseNumber);
        var page = context.newPage();
        page.navigate(Browsers.url(port, "/app/#enrol=" + code));
        assertThat(page).hasURL(Browsers.url(port, "/app/"));
        page.locator("#enrol-device").fill("내 휴대폰");
        page.locator("#enrol-form button[type=submit]").click();
        assertThat(page.locator("#status")).hasText("연결되었습니다.");
        assertThat(page.locator("#contact-call")).isVisible();
        return new Phone(page, caseNumber);
    }

    private static String issuedCode(int port, String caseNumber) {
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        manager.get("/cases/" + caseNumber + "/safety");
        var page = manager.postForm("/cases/" + caseNumber + "/safety/codes", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        var code = ISSUED_CODE.matcher(page.body());
        assertThat(code.find()).as("the page shows the code").isTrue();
        return code.group(1).strip();
    }
}
