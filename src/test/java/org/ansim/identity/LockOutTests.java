package org.ansim.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansim.identity.internal.IdentityMother;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AnsimIntegrationTest
class LockOutTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityMother people;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        var user = people.caseManagerWithoutSecondFactor();

        for (int attempt = 1; attempt <= 4; attempt++) {
            var response = new StaffSession(port).signIn(user.username(), "wrong-password-" + attempt);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        var fifth = new StaffSession(port).signIn(user.username(), "wrong-password-5");
        var withRightPassword = new StaffSession(port).signIn(user.username(), user.password());

        assertThat(fifth.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(withRightPassword.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?locked");
        assertThat(people.lockedUntil(user.username())).isPresent();
    }

    @Test
    void theLockEndsByItselfAfterTheLockOutTime() {
        var user = people.caseManagerWithoutSecondFactor();
        for (int attempt = 1; attempt <= 5; attempt++) {
            new StaffSession(port).signIn(user.username(), "wrong-password-" + attempt);
        }

        people.movePastLockOut(user.username());

        var response = new StaffSession(port).signIn(user.username(), user.password());
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .doesNotContain("locked")
                .doesNotContain("error");
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        var user = people.caseManagerWithoutSecondFactor();
        for (int attempt = 1; attempt <= 4; attempt++) {
            new StaffSession(port).signIn(user.username(), "wrong-password-" + attempt);
        }
        StaffSession.signedIn(port, user.username(), user.password());

        var afterOneMoreFailure = new StaffSession(port).signIn(user.username(), "wrong-again");
        var stillFine = new StaffSession(port).signIn(user.username(), user.password());

        assertThat(afterOneMoreFailure.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        assertThat(stillFine.headers().firstValue("Location").orElseThrow()).doesNotContain("locked");
    }
}
