package org.ansim.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "hong", roles = "CASE_MANAGER")
class LanguageSwitchTests {

    @Autowired
    MockMvc mvc;

    @Test
    void koreanIsSpokenWhenNothingWasChosen() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ko\"")))
                .andExpect(content().string(containsString("안녕하세요, hong님")))
                .andExpect(content().string(containsString("href=\"/?lang=en\"")));
    }

    @Test
    void choosingEnglishIsRememberedInACookieForTheNextRequests() throws Exception {
        var chosen = mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Hello, hong")))
                .andExpect(cookie().value("ANSIM_LANG", "en"))
                .andExpect(cookie().httpOnly("ANSIM_LANG", true))
                .andReturn()
                .getResponse()
                .getCookie("ANSIM_LANG");

        mvc.perform(get("/").cookie(chosen))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Case manager")))
                .andExpect(content().string(containsString("Sign out")));
    }

    @Test
    void switchingBackToKoreanReplacesTheCookie() throws Exception {
        mvc.perform(get("/").param("lang", "ko").cookie(new Cookie("ANSIM_LANG", "en")))
                .andExpect(cookie().value("ANSIM_LANG", "ko"))
                .andExpect(content().string(containsString("<html lang=\"ko\"")));
    }

    @Test
    void theBrowsersPreferenceDecidesUntilSomethingIsChosen() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/").header("Accept-Language", "fr-FR,de;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"ko\"")));
        mvc.perform(get("/").header("Accept-Language", "en").cookie(new Cookie("ANSIM_LANG", "ko")))
                .andExpect(content().string(containsString("<html lang=\"ko\"")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToKorean() throws Exception {
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ko\"")))
                .andExpect(cookie().value("ANSIM_LANG", "ko"));
        mvc.perform(get("/").cookie(new Cookie("ANSIM_LANG", "de")))
                .andExpect(content().string(containsString("<html lang=\"ko\"")));
    }

    @Test
    void theLanguageSwitcherKeepsTheOtherQueryParameters() throws Exception {
        mvc.perform(get("/").queryParam("page", "2").queryParam("lang", "ko"))
                .andExpect(content().string(containsString("href=\"/?page=2&amp;lang=en\"")));
    }
}
