package org.ansim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ansim.support.AnsimIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode gives every screen something to show: a caseload of months, matched victims, a repeat stalker. */
@AnsimIntegrationTest
class DemoCaseloadTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_caseload_has_a_few_hundred_cases_in_every_state_and_from_every_channel() {
        assertThat(count("SELECT count(*) FROM cases_case")).isGreaterThanOrEqualTo(200);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM cases_case")
                        .query(String.class)
                        .set())
                .containsExactlyInAnyOrder("NEW", "CONTACTED", "ACTIVE", "POST_MANAGEMENT", "CLOSED");
        assertThat(jdbc.sql("SELECT DISTINCT channel FROM cases_case")
                        .query(String.class)
                        .set())
                .containsExactlyInAnyOrder("POLICE_REFERRAL", "HOTLINE_1366", "ONLINE", "WALK_IN");
        assertThat(jdbc.sql("SELECT DISTINCT case_manager FROM cases_case WHERE case_manager IS NOT NULL")
                        .query(String.class)
                        .set())
                .containsExactlyInAnyOrder("demo-case-manager", "demo-case-manager-park", "demo-case-manager-lee");
        assertThat(jdbc.sql("SELECT DISTINCT police_risk_level FROM cases_case WHERE police_risk_level IS NOT NULL")
                        .query(String.class)
                        .set())
                .containsExactlyInAnyOrder("LOW", "MEDIUM", "HIGH");
    }

    @Test
    void every_demo_police_case_has_its_sealed_referral() {
        assertThat(count("""
                        SELECT count(*) FROM cases_case c
                         WHERE c.channel = 'POLICE_REFERRAL' AND c.channel_reference LIKE '% DEMO-%'
                           AND NOT EXISTS (SELECT 1 FROM referral_police_referral r WHERE r.case_id = c.id)""")).isZero();
        assertThat(count("SELECT count(*) FROM referral_police_referral WHERE report_number LIKE 'DEMO-%'"))
                .isGreaterThanOrEqualTo(200);
    }

    @Test
    void every_demo_application_was_received_through_intake_with_its_applicant_sealed() {
        assertThat(count("SELECT count(*) FROM intake_application WHERE idempotency_key LIKE 'demo-application-%'"))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("""
                        SELECT count(*) FROM cases_case c WHERE c.channel <> 'POLICE_REFERRAL'
                           AND NOT EXISTS (SELECT 1 FROM intake_application a WHERE a.case_id = c.id)
                           AND c.opened_at < now() - interval '1 hour'""")).isZero();
    }

    @Test
    void some_victims_referred_twice_are_offered_as_the_same_person_and_one_stalker_is_linked_across_three_victims() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM people_victim_case"))
                    .isGreaterThanOrEqualTo(
                            count("SELECT count(*) FROM referral_police_referral WHERE report_number LIKE 'DEMO-%'"));
            assertThat(count("SELECT count(*) FROM people_possible_match")).isGreaterThanOrEqualTo(5);
            assertThat(count("""
                            SELECT count(*) FROM (
                              SELECT case_id FROM people_offender_link WHERE strength = 'STRONG'
                               GROUP BY case_id HAVING count(*) >= 2) three_victims""")).isGreaterThanOrEqualTo(3);
        });
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
