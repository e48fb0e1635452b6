package org.ansim.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansim.identity.internal.DemoAccounts;
import org.ansim.identity.internal.IdentityMother;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AnsimIntegrationTest
class ClientKeyTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityMother people;

    @Test
    void theDemoPoliceKeyActsForItsAgencyWithItsScope() {
        var response = ApiClient.withKey(port, "demo-police-key").get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("서울강남경찰서").contains("referrals:write");
    }

    @Test
    void noKeyIsUnauthorizedAsProblemJson() {
        var response = ApiClient.anonymous(port).get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        assertThat(ApiClient.withKey(port, "ak_not-a-key").get("/api/v1/me").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        var key = people.clientKey(DemoAccounts.GANGNAM_POLICE, Scope.REFERRALS_WRITE);
        assertThat(ApiClient.withKey(port, key).get("/api/v1/me").statusCode()).isEqualTo(200);

        people.revoke(key);

        assertThat(ApiClient.withKey(port, key).get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aKeyWithoutTheScopeIsForbidden() {
        var key = people.clientKey(DemoAccounts.GANGNAM_POLICE, Scope.DEVICES_WRITE);

        var response = ApiClient.withKey(port, key).get("/api/v1/settings");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void eachUseIsNotedAsTheKeysLastUse() {
        var key = people.clientKey(DemoAccounts.GANGNAM_POLICE, Scope.REFERRALS_WRITE);

        ApiClient.withKey(port, key).get("/api/v1/me");

        assertThat(people.lastUse(key)).isPresent();
    }

    @Test
    void manyRequestsOfOneNewKeyAtTheSameMomentAllSucceed() throws Exception {
        var key = people.clientKey(DemoAccounts.GANGNAM_POLICE, Scope.REFERRALS_WRITE);
        var client = ApiClient.withKey(port, key);

        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 24; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return client.get("/api/v1/me").statusCode();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        assertThat(people.lastUse(key)).isPresent();
    }

    @Test
    void aKeyNeedsNoCsrfTokenButASessionDoes() {
        var response = ApiClient.withKey(port, "demo-police-key").post("/api/v1/me", "{}");

        assertThat(response.statusCode()).isEqualTo(405);
    }
}
