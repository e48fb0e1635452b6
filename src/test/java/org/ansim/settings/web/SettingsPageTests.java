package org.ansim.settings.web;

import static org.ansim.settings.SettingChangeMother.unusedFutureDay;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.settings.PolicySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
class SettingsPageTests {

    @MockitoBean
    AuditLog auditLog;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void applySpringSecurityTestSupport() {
        // Boot 4 wires @WithMockUser into MockMvc only with spring-boot-starter-security-test; not on the classpath
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Autowired
    PolicySettings settings;

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorSeesEverySettingGroupedByModuleInKorean() throws Exception {
        mvc.perform(get("/admin/settings").locale(Locale.KOREAN))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("정책 설정"),
                                containsString("신변보호(경호)"),
                                containsString("guards.hours-per-day"),
                                containsString("2000000"),
                                containsString("/admin/settings/relocation.subsidy-cap-won"))));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void thePageSpeaksEnglishToo() throws Exception {
        mvc.perform(get("/admin/settings").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("Policy settings"), containsString("Security guards"))));
    }

    @Test
    @WithMockUser(roles = "UNIT_LEAD")
    void aUnitLeadMayLookButNotChange() throws Exception {
        mvc.perform(get("/admin/settings")).andExpect(status().isOk());
        mvc.perform(get("/admin/settings/guards.max-days").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("History"), not(containsString("Schedule a change")))));
        mvc.perform(post("/admin/settings/guards.max-days/changes")
                        .with(csrf())
                        .param("value", "5")
                        .param("validFrom", "2099-01-01")
                        .param("reason", "why")
                        .param("step", "confirm"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "CASE_MANAGER")
    void anotherRoleIsForbidden() throws Exception {
        mvc.perform(get("/admin/settings")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/settings/guards.max-days")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnknownSettingIsNotFound() throws Exception {
        mvc.perform(get("/admin/settings/no.such.setting")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aWrongEntryIsShownBackWithTheErrorNextToTheFieldAndSummarisedOnTop() throws Exception {
        mvc.perform(post("/admin/settings/guards.hours-per-day/changes")
                        .with(csrf())
                        .locale(Locale.ENGLISH)
                        .param("value", "25")
                        .param("validFrom", "2000-01-01")
                        .param("reason", "Kept after the error"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Please check what you entered."),
                                containsString("Enter a value from 1 to 24."),
                                containsString("past values cannot be changed"),
                                containsString("value=\"25\""),
                                containsString("value=\"2000-01-01\""),
                                containsString("Kept after the error"))));
        verify(auditLog, never()).record(any(), any(), any());
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aChangeIsReviewedThenConfirmedBeforeItIsSaved() throws Exception {
        var day = unusedFutureDay(settings.today());

        mvc.perform(post("/admin/settings/staff.training-hours-min/changes")
                        .with(csrf())
                        .locale(Locale.ENGLISH)
                        .param("value", "10")
                        .param("validFrom", day.toString())
                        .param("reason", "New training rule")
                        .param("step", "review"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Confirm the change"),
                                containsString("name=\"step\" value=\"confirm\""),
                                containsString(day.toString()))));
        verify(auditLog, never()).record(any(), any(), any());
        org.assertj.core.api.Assertions.assertThat(settings.number("staff.training-hours-min", day))
                .isEqualTo(8);

        mvc.perform(post("/admin/settings/staff.training-hours-min/changes")
                        .with(csrf())
                        .param("value", "10")
                        .param("validFrom", day.toString())
                        .param("reason", "New training rule")
                        .param("step", "confirm"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings/staff.training-hours-min"))
                .andExpect(flash().attributeExists("scheduled"));
        verify(auditLog)
                .record(
                        AuditAction.CHANGE,
                        new AuditSubject("setting", "staff.training-hours-min"),
                        "New training rule");
        org.assertj.core.api.Assertions.assertThat(settings.number("staff.training-hours-min", day))
                .isEqualTo(10);

        mvc.perform(get("/admin/settings/staff.training-hours-min").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Scheduled"),
                                containsString("Cancel this change"),
                                containsString("New training rule"))));
        mvc.perform(get("/admin/settings").locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("10 (from " + day + ")")));
    }
}
