package org.ansim.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansim.identity.internal.DemoAccounts;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@AnsimIntegrationTest
class SignInTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyDemoRoleSignsInWithThePasswordAlone(Role role) {
        var session = StaffSession.signedIn(port, DemoAccounts.username(role), DemoAccounts.PASSWORD);

        var me = session.getJson("/api/v1/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"" + role.name() + "\"");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        var session = new StaffSession(port);

        var response = session.signIn("demo-analyst", "not-the-password");

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(session.getJson("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownAccountIsRefusedLikeAWrongPassword() {
        var response = new StaffSession(port).signIn("nobody-here", "whatever-password-1");

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void signingOutEndsTheSession() {
        var session = StaffSession.signedIn(port, "demo-case-manager", DemoAccounts.PASSWORD);
        session.get("/login/totp");
        session.get("/");

        session.postForm("/logout", java.util.Map.of());

        assertThat(session.getJson("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void pagesRedirectStrangersToSignIn() {
        var response = new StaffSession(port).get("/admin/users");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anHtmxRequestWithoutSessionIsToldToReloadToSignIn() {
        var session = new StaffSession(port);
        var response = session.send("GET", "/admin/users", java.util.Map.of("HX-Request", "true"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login");
    }
}
