package org.ansim.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoModeConfiguration.class);

    @Bean
    DemoMode demoMode(Environment environment) {
        var embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        var enabled = environment.getProperty("ansim.demo", Boolean.class, embedded);
        log.info(
                "Ansim runs in {} mode on the {} database",
                enabled ? "DEMO" : "production",
                embedded ? "embedded" : "external");
        return new DemoMode(enabled);
    }
}
