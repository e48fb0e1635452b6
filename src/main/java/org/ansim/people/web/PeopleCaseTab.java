package org.ansim.people.web;

import java.util.List;
import java.util.Set;
import org.ansim.cases.CaseTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page's "people and linked cases" tab. */
@Configuration(proxyBeanMethods = false)
class PeopleCaseTab {

    @Bean
    CaseTab.Contributor peopleTab() {
        return () -> List.of(new CaseTab("people", "people.tab", 20, Set.of("CASE_MANAGER", "UNIT_LEAD")));
    }
}
