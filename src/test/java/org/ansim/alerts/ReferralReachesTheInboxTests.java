package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first path of ARCHITECTURE.md: a police referral becomes a REFERRAL alert for the unit, once. */
@AnsimIntegrationTest
class ReferralReachesTheInboxTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPoliceReferralRaisesOneReferralAlertForItsCase() throws Exception {
        var response =
                ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.highRisk());
        assertThat(response.statusCode()).isEqualTo(201);
        var caseNumber = response.body().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");

        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        long alerts;
        do {
            alerts = jdbc.sql("SELECT count(*) FROM alerts_alert WHERE case_number = ? AND kind = 'REFERRAL'")
                    .param(caseNumber)
                    .query(Long.class)
                    .single();
            if (alerts == 0) {
                Thread.sleep(50);
            }
        } while (alerts == 0 && Instant.now().isBefore(deadline));

        assertThat(alerts).isEqualTo(1);
    }
}
