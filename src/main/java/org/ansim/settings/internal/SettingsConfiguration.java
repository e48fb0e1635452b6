package org.ansim.settings.internal;

import java.time.Clock;
import org.ansim.settings.PolicySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    /** The application's clock in Asia/Seoul, unless another module (or a test) defines one. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PolicySettings.ZONE);
    }
}
