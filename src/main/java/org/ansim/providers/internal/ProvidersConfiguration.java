package org.ansim.providers.internal;

import java.util.List;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProvidersConfiguration {

    @Bean
    NavigationContributor providersNavigation() {
        return () -> List.of(NavigationItem.forRoles("/providers", "providers.nav", 60, "ADMIN", "UNIT_LEAD"));
    }
}
