package org.ansim.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode has service plans in every state, and {@code demo-provider}'s inbox has work in every state. */
@AnsimIntegrationTest
class DemoServicesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasPlansInEveryStateAndTheCounsellingCentreHasAnInboxWithWork() {
        List<String> states = jdbc.sql("SELECT DISTINCT state FROM services_service")
                .query(String.class)
                .list();
        assertThat(states)
                .contains(
                        "WANTED",
                        "REFERRED",
                        "ACCEPTED",
                        "IN_PROGRESS",
                        "COMPLETED",
                        "DECLINED_BY_VICTIM",
                        "STOPPED_BY_VICTIM");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_referral WHERE suspension_cause = 'CONSENT_WITHDRAWN'")
                        .query(Integer.class)
                        .single())
                .isPositive();

        assertThat(jdbc.sql("""
                                SELECT count(*) FROM services_home_visit v
                                  JOIN services_referral r ON r.id = v.referral_id
                                 WHERE v.therapist = 'demo-therapist' AND r.state = 'ACCEPTED' AND v.done_at IS NULL""").query(Long.class).single())
                .as("demo-therapist has visits to make")
                .isGreaterThanOrEqualTo(2);

        var provider = ServicesScenario.signedIn(port, "demo-provider");
        var inbox = provider.getJson("/api/v1/service-referrals").body();
        assertThat(inbox)
                .contains("\"SENT\"")
                .contains("\"ACCEPTED\"")
                .contains("\"COMPLETED\"")
                .contains("CONSENT_WITHDRAWN")
                .contains("STOPPED_BY_VICTIM")
                .contains("데모-");
        var open = ServicesScenario.json(provider.getJson("/api/v1/service-referrals"));
        for (var line : open) {
            if (line.get("alias").isString()
                    && line.get("alias").asString().startsWith("데모-")
                    && line.get("state").asString().equals("ACCEPTED")) {
                assertThat(provider.getJson("/api/v1/service-referrals/"
                                        + line.get("id").asString())
                                .statusCode())
                        .isEqualTo(200);
            }
        }
    }
}
