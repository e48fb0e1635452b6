package org.ansim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ansim.web.internal.Navigation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ShellLayoutTests {

    private static final Pattern SIDE_NAV = Pattern.compile("<nav id=\"side-nav\".*?</nav>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    Navigation navigation;

    @Autowired
    MessageSource messages;

    @Test
    @WithMockUser(username = "auditor.kim", roles = "AUDITOR")
    void anAuditorIsLedToHomeAndTheAuditLogButNotToAdministration() throws Exception {
        var nav = sideNavigationOf(homePage());

        assertThat(nav).contains("href=\"/\"", "href=\"/audit\"", "감사 로그");
        assertThat(nav)
                .doesNotContain("/admin/settings", "/admin/keys", "/admin/users", "/admin/clients", "/swagger-ui.html");
    }

    @Test
    @WithMockUser(username = "admin.lee", roles = "ADMIN")
    void anAdministratorIsLedToAdministrationButNotToTheAuditLog() throws Exception {
        var nav = sideNavigationOf(homePage());

        assertThat(nav)
                .contains(
                        "href=\"/admin/settings\"",
                        "href=\"/admin/keys\"",
                        "href=\"/admin/users\"",
                        "href=\"/admin/clients\"",
                        "href=\"/swagger-ui.html\"");
        assertThat(nav).doesNotContain("href=\"/audit\"");
    }

    @Test
    @WithMockUser(username = "lead.park", roles = "UNIT_LEAD")
    void aUnitLeadIsLedToSettingsOnlyAmongTheAdministration() throws Exception {
        var nav = sideNavigationOf(homePage());

        assertThat(nav).contains("href=\"/admin/settings\"");
        assertThat(nav).doesNotContain("/admin/keys", "/admin/users", "/admin/clients", "/audit");
    }

    @Test
    @WithMockUser(username = "lead.park", roles = "UNIT_LEAD")
    void theHomePageGreetsTheUserWithTheirRoleAndOffersACardPerDestination() throws Exception {
        var page = homePage();

        assertThat(page).contains("안녕하세요, lead.park님", "전담조직 책임자", "class=\"card\"", "운영 설정");
        assertThat(sideNavigationOf(page)).contains("aria-current=\"page\"");
    }

    @Test
    @WithMockUser(roles = "CASE_MANAGER")
    void everyPageCarriesTheCsrfTokenForHtmxAndASignOutFormThatPostsIt() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"_csrf\" content=\"")))
                .andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")))
                .andExpect(content().string(containsString("action=\"/logout\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<main id=\"main\"")))
                .andExpect(content().string(containsString("href=\"#main\"")))
                .andExpect(content()
                        .string(matchesPattern("(?s).*src=\"/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js\".*")))
                .andExpect(content().string(containsString("src=\"/js/ansim.js\"")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("style=\""))));
    }

    @Test
    @WithMockUser(roles = "HOTLINE")
    void theDemoBannerIsShownInDemoMode() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("class=\"demo-banner\"")))
                .andExpect(content().string(containsString("데모 모드입니다")));
    }

    @Test
    @WithMockUser
    void htmxAndItsSseExtensionAreServedWithoutVersionsInTheirPaths() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx-ext-sse/sse.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
        mvc.perform(get("/js/ansim.js")).andExpect(status().isOk());
        mvc.perform(get("/css/ansim.css")).andExpect(status().isOk());
    }

    @Test
    @WithAnonymousUser
    void nobodyIsGreetedBeforeSigningIn() throws Exception {
        var status = mvc.perform(get("/")).andReturn().getResponse().getStatus();

        assertThat(status).isIn(302, 401, 403);
    }

    @Test
    void everyNavigationEntryHasALabelAndADescriptionInTheBundles() {
        assertThat(navigation.allItems()).isNotEmpty();
        for (var item : navigation.allItems()) {
            for (var locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
                assertThat(messages.getMessage(item.labelKey(), null, null, locale))
                        .as("%s in %s", item.labelKey(), locale)
                        .isNotBlank();
                assertThat(messages.getMessage(item.descriptionKey(), null, null, locale))
                        .as("%s in %s", item.descriptionKey(), locale)
                        .isNotBlank();
            }
        }
    }

    private String homePage() throws Exception {
        return mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String sideNavigationOf(String page) {
        var matcher = SIDE_NAV.matcher(page);
        assertThat(matcher.find()).as("the page has a side navigation").isTrue();
        return matcher.group();
    }
}
