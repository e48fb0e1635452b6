package org.ansim.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.regex.Pattern;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.PrivacyIntegrationTest;
import org.ansim.privacy.internal.Keyring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PrivacyIntegrationTest
class KeysPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Keyring keyring;

    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorSeesKeyIdsButNoKeyMaterial() throws Exception {
        var primary = keyring.keys().getFirst();
        var material = Files.readString(keyring.file());
        var value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]{20})").matcher(material);
        assertThat(value.find()).isTrue();
        var secret = value.group(1);

        mvc.perform(get("/admin/keys"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Long.toString(primary.id()))))
                .andExpect(content().string(containsString("AES-256-GCM")))
                .andExpect(content().string(containsString("HMAC-SHA256")))
                .andExpect(content().string(not(containsString(secret))));
    }

    @Test
    @WithMockUser(roles = "CASE_MANAGER")
    void nobodyButAnAdministratorSeesTheKeys() throws Exception {
        mvc.perform(get("/admin/keys")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/keys/rotate").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void rotationAsksForConfirmationFirst() throws Exception {
        var before = keyring.keys();

        mvc.perform(get("/admin/keys/rotate"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/admin/keys/rotate\"")));

        assertThat(keyring.keys()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void confirmedRotationMakesANewPrimaryKeyAndIsAudited() throws Exception {
        var oldPrimary = primaryAeadKey();

        mvc.perform(post("/admin/keys/rotate").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/keys"))
                .andExpect(flash().attributeExists("rotatedKey"));

        var newPrimary = primaryAeadKey();
        assertThat(newPrimary).isNotEqualTo(oldPrimary);
        assertThat(keyring.hasAeadKey(oldPrimary)).isTrue();
        verify(auditLog)
                .record(
                        eq(AuditAction.CHANGE),
                        eq(new AuditSubject("privacy-key", Long.toString(newPrimary))),
                        anyString());
    }

    private long primaryAeadKey() {
        return keyring.keys().stream()
                .filter(key -> key.purpose().equals("AEAD") && key.primary())
                .findFirst()
                .orElseThrow()
                .id();
    }
}
