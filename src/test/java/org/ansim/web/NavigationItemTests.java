package org.ansim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationItemTests {

    @Test
    void anEntryForRolesIsSeenOnlyByHoldersOfOneOfThem() {
        var settings = NavigationItem.forRoles("/admin/settings", "nav.settings", 110, "ADMIN", "UNIT_LEAD");

        assertThat(settings.isVisibleTo(List.of("ROLE_UNIT_LEAD"))).isTrue();
        assertThat(settings.isVisibleTo(List.of("ROLE_ADMIN", "FACTOR_PASSWORD")))
                .isTrue();
        assertThat(settings.isVisibleTo(List.of("ROLE_AUDITOR"))).isFalse();
        assertThat(settings.isVisibleTo(List.of("ADMIN"))).isFalse();
    }

    @Test
    void anEntryForEveryoneIsSeenByAnySignedInUser() {
        assertThat(NavigationItem.forEveryone("/", "nav.home", 0).isVisibleTo(List.of()))
                .isTrue();
    }

    @Test
    void anEntryLeadsToItsPageAndThePagesBelowItButHomeOnlyToItself() {
        var audit = NavigationItem.forRoles("/audit", "nav.audit", 150, "AUDITOR");
        var home = NavigationItem.forEveryone("/", "nav.home", 0);

        assertThat(audit.leadsTo("/audit")).isTrue();
        assertThat(audit.leadsTo("/audit/verify")).isTrue();
        assertThat(audit.leadsTo("/auditors")).isFalse();
        assertThat(home.leadsTo("/")).isTrue();
        assertThat(home.leadsTo("/audit")).isFalse();
    }

    @Test
    void theDescriptionKeyFollowsTheLabelKey() {
        assertThat(NavigationItem.forEveryone("/", "nav.home", 0).descriptionKey())
                .isEqualTo("nav.home.description");
    }

    @Test
    void anEntryRefusesPathsOutsideTheApplicationAndPrefixedRoles() {
        assertThatIllegalArgumentException().isThrownBy(() -> NavigationItem.forEveryone("//evil.example", "x", 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NavigationItem.forEveryone("https://evil.example", "x", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> NavigationItem.forRoles("/x", "x", 0, "ROLE_ADMIN"));
        assertThatIllegalArgumentException().isThrownBy(() -> NavigationItem.forRoles("/x", "x", 0));
    }
}
