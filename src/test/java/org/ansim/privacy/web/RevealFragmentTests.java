package org.ansim.privacy.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.privacy.PrivacyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PrivacyIntegrationTest
@WithMockUser(username = "demo-case-manager", roles = "CASE_MANAGER")
class RevealFragmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Test
    void aPageShowsTheValueMaskedWithAReasonDialogAndNoInlineScript() throws Exception {
        mvc.perform(get("/test/privacy/sample").locale(Locale.KOREAN))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("●●●"),
                                containsString("<dialog"),
                                containsString("hx-post=\"/test/privacy/sample/reveal\""),
                                containsString("열람 사유"),
                                containsString("<textarea name=\"reason\" required"),
                                containsString("src=\"/js/privacy.js\""),
                                not(containsString("테헤란로")),
                                not(containsString("<script>")))));
    }

    @Test
    void theDialogSpeaksEnglishToo() throws Exception {
        mvc.perform(get("/test/privacy/sample").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reason for viewing")));
    }

    @Test
    void aReasonRevealsTheValueInPlaceAndIsAudited() throws Exception {
        mvc.perform(post("/test/privacy/sample/reveal")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("reason", "보호 조치 현장 확인을 위해"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("테헤란로 123"), not(containsString("<html")))));

        verify(auditLog).record(eq(AuditAction.REVEAL), eq(RevealDemoController.WHERE.subject()), anyString());
    }

    @Test
    void aBlankReasonIsRefusedAndNothingIsRevealed() throws Exception {
        mvc.perform(post("/test/privacy/sample/reveal").with(csrf()).param("reason", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("테헤란로"))));

        verifyNoInteractions(auditLog);
    }
}
