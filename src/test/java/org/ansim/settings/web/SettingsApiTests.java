package org.ansim.settings.web;

import static org.ansim.settings.SettingChangeMother.unusedFutureDay;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.settings.PolicySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
class SettingsApiTests {

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
    @WithMockUser(roles = "CASE_MANAGER")
    void anyStaffRoleReadsTheValueInForceOnADate() throws Exception {
        mvc.perform(get("/api/v1/settings/guards.hours-per-day").param("on", "2026-11-22"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.key").value("guards.hours-per-day"))
                .andExpect(jsonPath("$.value").value("10"))
                .andExpect(jsonPath("$.validFrom").value("2000-01-01"))
                .andExpect(jsonPath("$.kind").value("NUMBER"))
                .andExpect(jsonPath("$.unit").value("hours"));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void withoutADateTheValueInForceTodayIsAnswered() throws Exception {
        mvc.perform(get("/api/v1/settings/orders.victim-protection-order-in-force-from"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("2027-04-22"))
                .andExpect(jsonPath("$.kind").value("DATE"));
    }

    @Test
    @WithMockUser(roles = "DISPATCHER")
    void allValuesInForceOnADateAreListed() throws Exception {
        mvc.perform(get("/api/v1/settings").param("on", "2023-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value("2023-01-01"))
                .andExpect(jsonPath("$.settings[*].key", hasItem("safety.journey-grace-seconds")))
                // the amended Stalking Punishment Act's durations are in force only from 2024-01-12
                .andExpect(jsonPath("$.settings[?(@.key == 'orders.provisional-months')]")
                        .isEmpty());
        mvc.perform(get("/api/v1/settings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value(settings.today().toString()))
                .andExpect(jsonPath("$.settings[?(@.key == 'orders.provisional-months')].value")
                        .value(hasItem("3")));
    }

    @Test
    @WithMockUser(roles = "CASE_MANAGER")
    void anUnknownKeyIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/settings/no.such.setting"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/settings/no.such.setting/history")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "CASE_MANAGER")
    void aMalformedDateIsA400Problem() throws Exception {
        mvc.perform(get("/api/v1/settings/guards.hours-per-day").param("on", "22.11.2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/settings").param("on", "2026-13-01")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void anAdministratorSchedulesAChangeAndSeesItInTheHistory() throws Exception {
        var day = unusedFutureDay(settings.today());

        mvc.perform(post("/api/v1/settings/guards.max-days/changes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"value": "5", "validFrom": "%s", "reason": "Police advice", "unknown": 1}""".formatted(day)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/settings/guards.max-days?on=" + day)))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.value").value("5"))
                .andExpect(jsonPath("$.validFrom").value(day.toString()))
                .andExpect(jsonPath("$.recordedBy").value("demo-admin"))
                .andExpect(jsonPath("$.reason").value("Police advice"))
                .andExpect(jsonPath("$.cancelled").value(false));
        verify(auditLog).record(AuditAction.CHANGE, new AuditSubject("setting", "guards.max-days"), "Police advice");

        mvc.perform(get("/api/v1/settings/guards.max-days").param("on", day.toString()))
                .andExpect(jsonPath("$.value").value("5"))
                .andExpect(jsonPath("$.validFrom").value(day.toString()));
        mvc.perform(get("/api/v1/settings/guards.max-days")
                        .param("on", day.minusDays(1).toString()))
                .andExpect(jsonPath("$.value").value("7"));
        mvc.perform(get("/api/v1/settings/guards.max-days/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("guards.max-days"))
                .andExpect(jsonPath("$.kind").value("NUMBER"))
                .andExpect(jsonPath("$.values[0].value").value("5"))
                .andExpect(jsonPath("$.values[0].validFrom").value(day.toString()))
                .andExpect(jsonPath("$.values[-1].value").value("7"))
                .andExpect(jsonPath("$.values[-1].recordedBy").value("system"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aValueOutOfRangeAndAPastDayAreA400NamingTheFields() throws Exception {
        mvc.perform(post("/api/v1/settings/guards.hours-per-day/changes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"value": "25", "validFrom": "%s", "reason": ""}""".formatted(settings.today().minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").isString())
                .andExpect(jsonPath("$.errors[1].field").value("validFrom"))
                .andExpect(jsonPath("$.errors[2].field").value("reason"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aMalformedValidFromIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/settings/guards.hours-per-day/changes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"value": 8, "validFrom": "soon", "reason": "why"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aChangeToAnUnknownSettingIsA404() throws Exception {
        mvc.perform(post("/api/v1/settings/no.such.setting/changes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"value": "8", "validFrom": "2099-01-01", "reason": "why"}"""))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "UNIT_LEAD")
    void onlyAnAdministratorMayScheduleAChange() throws Exception {
        mvc.perform(post("/api/v1/settings/guards.hours-per-day/changes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"value": "8", "validFrom": "2099-01-01", "reason": "why"}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void anAdministratorCancelsAScheduledChange() throws Exception {
        var day = unusedFutureDay(settings.today());
        var created = mvc.perform(post("/api/v1/settings/conference.interval-months/changes")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"value": "2", "validFrom": "%s", "reason": "Fewer meetings"}""".formatted(day)))
                .andExpect(status().isCreated())
                .andReturn();
        var id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id")
                .toString();

        mvc.perform(post("/api/v1/settings/conference.interval-months/changes/{id}/cancellation", id)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "Decided otherwise"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true))
                .andExpect(jsonPath("$.cancelledBy").value("demo-admin"))
                .andExpect(jsonPath("$.cancelReason").value("Decided otherwise"));
        mvc.perform(post("/api/v1/settings/conference.interval-months/changes/{id}/cancellation", id)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "again"}"""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/settings/conference.interval-months/changes/{id}/cancellation", 999_999)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "none"}"""))
                .andExpect(status().isNotFound());
    }
}
