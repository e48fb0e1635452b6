package org.ansim.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.ansim.identity.internal.IdentityMother;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AnsimIntegrationTest
class SecondFactorTests {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9-]{10,})</code>");

    @LocalServerPort
    int port;

    @Autowired
    IdentityMother people;

    @Test
    void anAccountThatNeedsASecondFactorCannotGoAnywhereWithThePasswordAlone() {
        var user = people.caseManagerWhoMustEnrolASecondFactor();
        var session = new StaffSession(port);

        var afterPassword = session.signIn(user.username(), user.password());

        assertThat(afterPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login/totp");
        assertThat(session.getJson("/api/v1/me").statusCode()).isIn(401, 403);
        var page = session.get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login/totp");
    }

    @Test
    void enrolmentByQrCodeThenEverySignInAsksForTheCode() throws Exception {
        var user = people.caseManagerWhoMustEnrolASecondFactor();
        var session = new StaffSession(port);
        session.signIn(user.username(), user.password());

        var enrolment = session.get("/login/totp");
        assertThat(enrolment.body()).contains("data:image/png;base64,");
        var secret = match(SECRET, enrolment.body());

        var wrong = session.postForm("/login/totp", Map.of("code", "000000"));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login/totp?error");

        session.get("/login/totp");
        var right = session.postForm("/login/totp", Map.of("code", code(secret)));
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/account/recovery-codes");
        var codes = session.get("/account/recovery-codes");
        var recoveryCode = match(RECOVERY, codes.body());
        assertThat(session.getJson("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(people.hasSecondFactor(user.username())).isTrue();
        assertThat(new String(people.storedTotpSecret(user.username()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the TOTP secret is sealed at rest")
                .doesNotContain(secret);

        var nextTime = new StaffSession(port);
        assertThat(nextTime.signIn(user.username(), user.password())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/login/totp");
        nextTime.get("/login/totp");
        var nextCode = code(secret, 1);
        nextTime.postForm("/login/totp", Map.of("code", nextCode));
        assertThat(nextTime.getJson("/api/v1/me").statusCode()).isEqualTo(200);

        var replay = new StaffSession(port);
        replay.signIn(user.username(), user.password());
        replay.get("/login/totp");
        var replayed = replay.postForm("/login/totp", Map.of("code", nextCode));
        assertThat(replayed.headers().firstValue("Location").orElseThrow())
                .as("a code is accepted once, not replayed within its window")
                .endsWith("/login/totp?error");

        var withRecoveryCode = new StaffSession(port);
        withRecoveryCode.signIn(user.username(), user.password());
        withRecoveryCode.get("/login/totp");
        withRecoveryCode.postForm("/login/totp", Map.of("code", recoveryCode));
        assertThat(withRecoveryCode.getJson("/api/v1/me").statusCode()).isEqualTo(200);

        var recoveryCodeAgain = new StaffSession(port);
        recoveryCodeAgain.signIn(user.username(), user.password());
        recoveryCodeAgain.get("/login/totp");
        var reused = recoveryCodeAgain.postForm("/login/totp", Map.of("code", recoveryCode));
        assertThat(reused.headers().firstValue("Location").orElseThrow()).endsWith("/login/totp?error");
    }

    @Test
    void wrongCodesCountTowardsTheLockOut() {
        var user = people.caseManagerWhoMustEnrolASecondFactor();
        var session = new StaffSession(port);
        session.signIn(user.username(), user.password());
        session.get("/login/totp");

        for (int attempt = 0; attempt < 5; attempt++) {
            session.postForm("/login/totp", Map.of("code", "12345" + attempt));
        }

        assertThat(people.lockedUntil(user.username())).isPresent();
    }

    private static String code(String secret) throws Exception {
        return code(secret, 0);
    }

    /** The code of the current time step, or of a later one (the server allows one step of drift). */
    private static String code(String secret, int stepsAhead) throws Exception {
        var counter = Math.floorDiv(Instant.now().getEpochSecond(), 30) + stepsAhead;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1).generate(secret, counter);
    }

    private static String match(Pattern pattern, String body) {
        var matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("pattern %s in page", pattern).isTrue();
        return matcher.group(1);
    }
}
