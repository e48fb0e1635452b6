package org.ansim.audit.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the web server from starting when Ansim is started with {@code --audit-verify} only to verify the log (see
 * {@link AuditVerifyCommand}). Registered in {@code META-INF/spring.factories}.
 */
public class AuditVerifyEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(AuditVerifyCommand.OPTION)) {
            environment
                    .getPropertySources()
                    .addFirst(
                            new MapPropertySource("audit-verify", Map.of("spring.main.web-application-type", "none")));
        }
    }
}
