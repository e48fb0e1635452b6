package org.ansim.privacy.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.ansim.database.DatabaseProperties;
import org.ansim.database.DemoMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Loads the key sets from {@code ANSIM_KEYSET}; in demo mode generates them under the data directory when there are
 * none. Outside demo mode Ansim does not start without them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class KeyringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeyringConfiguration.class);

    @Bean
    Keyring keyring(
            PrivacyProperties properties, DatabaseProperties database, DemoMode demoMode, Environment environment) {
        var configured = configuredFile(properties, environment);
        var clock = Clock.systemUTC();
        if (configured != null && Files.exists(configured)) {
            log.info("Privacy key sets read from {}", configured);
            return Keyring.load(configured, clock);
        }
        if (!demoMode.enabled()) {
            throw new MissingKeysetException(configured);
        }
        var file = configured != null
                ? configured
                : database.dataDir().resolve("privacy").resolve("keyset.json");
        if (Files.exists(file)) {
            log.info("Demo privacy key sets read from {}", file);
            return Keyring.load(file, clock);
        }
        log.warn("Demo mode: generated new privacy key sets in {} (never use these for real data)", file);
        return Keyring.createFile(file, clock);
    }

    private static @Nullable Path configuredFile(PrivacyProperties properties, Environment environment) {
        if (properties.keyset() != null) {
            return properties.keyset();
        }
        var variable = environment.getProperty("ANSIM_KEYSET", "");
        return variable.isBlank() ? null : Path.of(variable);
    }
}
