package org.ansim.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The auditor's pages and API. MockMvc is built with Spring Security's test support so that {@code @WithMockUser}
 * reaches the filter chain (Boot 4 moved that customizer into {@code spring-boot-security-test}).
 */
@SpringBootTest
class AuditWebTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mockMvcWithSpringSecurity() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Autowired
    AuditLog log;

    @Test
    @WithMockUser(username = "demo-auditor", roles = "AUDITOR")
    void anAuditorFindsAnEntryBySubjectOnThePage() throws Exception {
        var subject = new AuditSubject("case", "STK-2026-" + UUID.randomUUID());
        log.recordAs("demo-case-manager", "USER", "org-seoul-unit", AuditAction.REVEAL, subject, "안전 확인");

        mvc.perform(get("/audit")
                        .locale(Locale.KOREAN)
                        .param("subjectType", "case")
                        .param("subjectId", subject.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject.id())))
                .andExpect(content().string(containsString("민감정보 열람")))
                .andExpect(content().string(containsString("안전 확인")));
    }

    @Test
    @WithMockUser(username = "demo-auditor", roles = "AUDITOR")
    void thePageSpeaksEnglishWhenAskedTo() throws Exception {
        mvc.perform(get("/audit").locale(Locale.ENGLISH).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit log")))
                .andExpect(content().string(not(containsString("??audit"))));
    }

    @Test
    @WithMockUser(username = "demo-auditor", roles = "AUDITOR")
    void theFiltersNarrowTheApiPageAndKeepNewestFirst() throws Exception {
        var actor = "actor-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            log.recordAs(actor, "USER", "org-a", AuditAction.VIEW, new AuditSubject("case", "c" + i), null);
        }
        log.recordAs(actor, "USER", "org-a", AuditAction.PRINT, new AuditSubject("case", "c9"), null);

        mvc.perform(get("/api/v1/audit/entries").param("actor", actor).param("action", "VIEW"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.entries.length()").value(3))
                .andExpect(jsonPath("$.entries[0].subject.id").value("c2"))
                .andExpect(jsonPath("$.entries[2].subject.id").value("c0"))
                .andExpect(jsonPath("$.entries[0].actor.name").value(actor))
                .andExpect(jsonPath("$.entries[0].hash").isString())
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    @WithMockUser(username = "demo-auditor", roles = "AUDITOR")
    void theListIsPagedByFifty() throws Exception {
        var organisation = "org-" + UUID.randomUUID();
        for (int i = 0; i < 51; i++) {
            log.recordAs("paging", "SYSTEM", organisation, AuditAction.VIEW, new AuditSubject("case", "p" + i), null);
        }

        mvc.perform(get("/api/v1/audit/entries").param("organisation", organisation))
                .andExpect(jsonPath("$.entries.length()").value(50))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(get("/api/v1/audit/entries")
                        .param("organisation", organisation)
                        .param("page", "1"))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].subject.id").value("p0"));
        mvc.perform(get("/audit").param("organisation", organisation))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page=1")));
    }

    @Test
    @WithMockUser(username = "demo-auditor", roles = "AUDITOR")
    void aDateRangeFilterIsUnderstood() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("from", "2000-01-01").param("to", "2000-01-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(0));
        mvc.perform(get("/api/v1/audit/entries").param("from", "yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "demo-auditor", roles = "AUDITOR")
    void anAuditorVerifiesTheChainsOnThePageAndThroughTheApi() throws Exception {
        mvc.perform(get("/audit/verification")).andExpect(status().isOk());
        mvc.perform(post("/audit/verification").locale(Locale.KOREAN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이상 없음")));
        mvc.perform(post("/api/v1/audit/verifications").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.chainsChecked").isNumber())
                .andExpect(jsonPath("$.firstBrokenLink").doesNotExist());
    }

    @Test
    @WithMockUser(username = "demo-auditor", roles = "AUDITOR")
    void readingTheLogIsItselfLogged() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("subjectType", "nothing"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/audit/entries").param("actor", "demo-auditor").param("subjectType", "audit-log"))
                .andExpect(jsonPath("$.entries[0].action").value("VIEW"))
                .andExpect(jsonPath("$.entries[0].subject.id").value("entries"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "CASE_MANAGER", "POLICE", "ANALYST"})
    void everyoneButAnAuditorIsForbidden(String role) throws Exception {
        var user = user("demo-" + role.toLowerCase(Locale.ROOT)).roles(role);

        mvc.perform(get("/audit").with(user)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verification").with(user)).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verification").with(user).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").with(user)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/verifications").with(user).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void nobodySignedInGetsNothing() throws Exception {
        var status = mvc.perform(get("/api/v1/audit/entries"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(401, 403);
        var page = mvc.perform(get("/audit")).andReturn().getResponse().getStatus();
        assertThat(page).isNotEqualTo(200);
    }
}
