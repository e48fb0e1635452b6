package org.ansim.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the chosen language in a cookie. Without a choice, the browser's preferred languages decide between Korean
 * and English, and Korean is spoken when neither is preferred. Only Korean or English is ever resolved or stored.
 */
class LanguageCookieResolver extends CookieLocaleResolver {

    static final String COOKIE_NAME = "ANSIM_LANG";

    LanguageCookieResolver() {
        super(COOKIE_NAME);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(LanguageCookieResolver::fromBrowser);
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.KOREAN.locale();
        }
        return Collections.list(request.getLocales()).stream()
                .flatMap(locale -> Language.find(locale).stream())
                .findFirst()
                .orElse(Language.KOREAN)
                .locale();
    }

    @Override
    protected Locale parseLocaleValue(String localeValue) {
        return Language.of(super.parseLocaleValue(localeValue)).locale();
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        var chosen = localeContext == null ? null : localeContext.getLocale();
        super.setLocaleContext(
                request,
                response,
                chosen == null
                        ? null
                        : new SimpleLocaleContext(Language.of(chosen).locale()));
    }
}
