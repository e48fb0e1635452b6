package org.ansim.alerts.internal;

import java.util.List;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertProperties.class)
class AlertsConfiguration {

    @Bean
    NavigationContributor inboxNavigation() {
        return () -> List.of(
                NavigationItem.forRoles("/inbox", "alerts.inbox.nav", 10, "UNIT_LEAD", "CASE_MANAGER", "DISPATCHER"));
    }
}
