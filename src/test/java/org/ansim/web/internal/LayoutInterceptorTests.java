package org.ansim.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ansim.database.DemoMode;
import org.ansim.web.NavigationItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class LayoutInterceptorTests {

    private final Navigation navigation = navigationOf(
            NavigationItem.forEveryone("/", "nav.home", 0),
            NavigationItem.forRoles("/audit", "nav.audit", 150, "AUDITOR"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void outsideDemoModeThereIsNoBanner() {
        signIn("auditor", "ROLE_AUDITOR");

        var layout = new LayoutInterceptor(navigation, new DemoMode(false)).layoutFor(request("/audit/verify"));

        assertThat(layout.demo()).isFalse();
        assertThat(layout.user().roles()).containsExactly("AUDITOR");
        assertThat(layout.navigation())
                .extracting(link -> link.item().path(), Layout.NavigationLink::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/", false),
                        org.assertj.core.groups.Tuple.tuple("/audit", true));
    }

    @Test
    void nobodySignedInSeesNoNavigation() {
        var layout = new LayoutInterceptor(navigation, new DemoMode(true)).layoutFor(request("/"));

        assertThat(layout.signedIn()).isFalse();
        assertThat(layout.navigation()).isEmpty();
        assertThat(layout.demo()).isTrue();
        assertThat(layout.languages()).extracting(Layout.LanguageLink::href).containsExactly("/?lang=ko", "/?lang=en");
    }

    private static void signIn(String name, String... authorities) {
        var authentication = new TestingAuthenticationToken(name, "", authorities);
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private static Navigation navigationOf(NavigationItem... items) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("items", (org.ansim.web.NavigationContributor) () -> List.of(items));
        return new Navigation(beans.getBeanProvider(org.ansim.web.NavigationContributor.class));
    }
}
