package org.ansim.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "403 | 이 화면을 볼 권한이 없습니다 | You may not see this page",
                "404 | 페이지를 찾을 수 없습니다   | Page not found",
                "500 | 일시적인 오류가 발생했습니다 | Something went wrong",
                "503 | 잠시 후 다시 시도해 주세요   | Please try again in a moment",
                "400 | 요청을 처리할 수 없습니다   | The request could not be handled",
                "409 | 요청을 처리할 수 없습니다   | The request could not be handled"
            })
    @WithMockUser(roles = "CASE_MANAGER")
    void errorPagesExplainWhatHappenedInKoreanAndEnglishInsideTheLayout(int status, String korean, String english)
            throws Exception {
        mvc.perform(errorPage(status, "/cases/42"))
                .andExpect(status().is(status))
                .andExpect(content().string(containsString(korean)))
                .andExpect(content().string(containsString("class=\"side-nav\"")))
                .andExpect(content().string(containsString("href=\"/cases/42?lang=en\"")));

        mvc.perform(errorPage(status, "/cases/42").cookie(new Cookie("ANSIM_LANG", "en")))
                .andExpect(status().is(status))
                .andExpect(content().string(containsString(english)));
    }

    @ParameterizedTest
    @CsvSource({"403", "404", "500", "503", "400"})
    void errorPagesRenderWhenNobodyIsSignedInAndThereIsNoCsrfToken(int status) throws Exception {
        var withoutSecurity = MockMvcBuilders.webAppContextSetup(context).build();

        withoutSecurity
                .perform(errorPage(status, "/nowhere"))
                .andExpect(status().is(status))
                .andExpect(content().string(containsString("<main id=\"main\"")))
                .andExpect(content().string(containsString("class=\"demo-banner\"")))
                .andExpect(content().string(not(containsString("_csrf"))))
                .andExpect(content().string(not(containsString("/logout"))))
                .andExpect(content().string(not(containsString("id=\"side-nav\""))));
    }

    private static MockHttpServletRequestBuilder errorPage(int status, String failedPath) {
        return get("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failedPath);
    }
}
