package org.ansim.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The language choice ({@code ?lang=ko|en}, remembered in a cookie) and the layout around every page. */
@Configuration(proxyBeanMethods = false)
class ShellWebConfiguration implements WebMvcConfigurer {

    private final LayoutInterceptor layoutInterceptor;

    ShellWebConfiguration(LayoutInterceptor layoutInterceptor) {
        this.layoutInterceptor = layoutInterceptor;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookieResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(layoutInterceptor);
    }
}
