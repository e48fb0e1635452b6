package org.ansim.cases.internal;

import java.util.List;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

    @Bean
    NavigationContributor casesNavigation() {
        return () -> List.of(NavigationItem.forRoles("/cases", "cases.nav", 20, "UNIT_LEAD", "CASE_MANAGER"));
    }
}
