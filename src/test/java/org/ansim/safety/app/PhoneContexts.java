package org.ansim.safety.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.List;
import org.ansim.support.Browsers;

/** A phone as the victim holds it: 360 × 640, touch, her language, and Seoul City Hall as where she is. */
final class PhoneContexts {

    static final double CITY_HALL_LATITUDE = 37.5663;
    static final double CITY_HALL_LONGITUDE = 126.9779;

    private PhoneContexts() {}

    static Browser.NewContextOptions phone(String locale) {
        return new Browser.NewContextOptions()
                .setViewportSize(360, 640)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(locale)
                .setTimezoneId("Asia/Seoul")
                .setGeolocation(CITY_HALL_LATITUDE, CITY_HALL_LONGITUDE)
                .setPermissions(List.of("geolocation"));
    }

    /** A phone whose API calls are answered by {@code api}; the service worker is kept out of the way of routing. */
    static BrowserContext withFakeApi(String locale, FakePhoneApi api) {
        var context = Browsers.chromium().newContext(phone(locale).setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        api.installIn(context);
        return context;
    }

    /** A phone already enrolled with the fake API's token. */
    static BrowserContext enrolledWithFakeApi(String locale, FakePhoneApi api) {
        var context = withFakeApi(locale, api);
        context.addInitScript("if (location.pathname.startsWith('/app') && !localStorage.getItem('deviceToken')) {"
                + " localStorage.setItem('deviceToken', '" + FakePhoneApi.TOKEN + "'); }");
        return context;
    }
}
