package org.ansim.intake.internal;

import java.util.List;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    NavigationContributor intakeNavigation() {
        return () -> List.of(
                NavigationItem.forRoles("/intake/new", "intake.nav", 15, "HOTLINE", "CASE_MANAGER", "UNIT_LEAD"));
    }
}
