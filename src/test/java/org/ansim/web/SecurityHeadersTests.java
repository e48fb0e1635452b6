package org.ansim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AnsimIntegrationTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheOtherHeaders() {
        var response = new StaffSession(port).get("/login");

        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void noPageHasAnInlineScript() {
        var body = new StaffSession(port).get("/login").body();

        assertThat(body).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(body).doesNotContain(" style=\"").doesNotContain(" onclick=");
    }

    @Test
    void behindAnHttpsProxyBrowsersAreToldToStayOnHttps() {
        var response = new StaffSession(port).send("GET", "/login", Map.of("X-Forwarded-Proto", "https"));

        assertThat(response.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=");
    }

    @Test
    void theApiAnswersWithItsOwnStrictHeaders() {
        var response = ApiClient.withKey(port, "demo-police-key").get("/api/v1/me");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'");
    }

    @Test
    void healthIsOpenAndMetricsAreForAdministratorsOnly() {
        assertThat(ApiClient.anonymous(port).get("/actuator/health").statusCode())
                .isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").statusCode())
                .isEqualTo(302);

        var analyst = StaffSession.signedIn(port, "demo-analyst", "demo-password");
        assertThat(analyst.get("/actuator/prometheus").statusCode()).isEqualTo(403);

        var admin = StaffSession.signedIn(port, "demo-admin", "demo-password");
        var metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
