package org.ansim.services;

import static org.ansim.services.ServicesScenario.COUNSELLING_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ansim.cases.WorkingDays;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A provider's overdue first contact shows on the unit's home page and its list: for the unit lead and the case's
 * own case manager, not for a colleague; the deadline counts working days without Korean public holidays.
 */
@AnsimIntegrationTest
class FirstContactWatchTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDays workingDays;

    @Test
    void anOverdueFirstContactShowsOnTheHomePageOfTheUnitLeadAndTheCasesManagerOnly() {
        var story = ServicesScenario.referredCase(port);
        var centre = story.organisationOf(COUNSELLING_CENTRE);
        story.consentToShareWith(centre);
        var referralId = story.referred("COUNSELLING", centre);
        var today = LocalDate.now(PolicySettings.ZONE);
        assertThat(story.manager.get("/").body())
                .contains("first-contact-overdue-panel")
                .doesNotContain(referralId);

        jdbc.sql("UPDATE services_referral SET first_contact_due = ? WHERE id = ?::uuid")
                .params(today.minusDays(3), referralId)
                .update();

        assertThat(story.manager.get("/").body()).contains(referralId).contains(story.caseNumber);
        assertThat(story.manager.get("/services/first-contact-overdue").body()).contains(referralId);
        var lead = ServicesScenario.signedIn(port, "demo-unit-lead");
        assertThat(lead.get("/").body()).contains("first-contact-overdue-panel");
        assertThat(lead.get("/services/first-contact-overdue").body()).contains(referralId);
        var colleague = ServicesScenario.signedIn(port, "demo-case-manager-park");
        assertThat(colleague.get("/services/first-contact-overdue").body()).doesNotContain(referralId);
        var provider = ServicesScenario.signedIn(port, "demo-provider");
        assertThat(provider.get("/").body()).doesNotContain("first-contact-overdue-panel");
        assertThat(provider.get("/services/first-contact-overdue").statusCode()).isEqualTo(403);

        provider.postJson("/api/v1/service-referrals/" + referralId + "/first-contact", "");
        assertThat(story.manager.get("/services/first-contact-overdue").body()).doesNotContain(referralId);
    }

    @Test
    void theDeadlineSkipsWeekendsAndKoreanPublicHolidaysIncludingConstitutionDay() {
        // Thursday 16 July 2026: Friday 17th is 제헌절 again, then the weekend.
        assertThat(workingDays.workingDaysAfter(LocalDate.of(2026, 7, 16), 2)).isEqualTo(LocalDate.of(2026, 7, 21));
        // Friday 13 February 2026: 설날 16–18 February.
        assertThat(workingDays.workingDaysAfter(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 20));
        // Friday 1 October 2027: 개천절 on Sunday the 3rd gives Monday the 4th.
        assertThat(workingDays.workingDaysAfter(LocalDate.of(2027, 10, 1), 1)).isEqualTo(LocalDate.of(2027, 10, 5));
        // Friday 16 July 2027: 제헌절 on Saturday the 17th gives Monday the 19th.
        assertThat(workingDays.workingDaysAfter(LocalDate.of(2027, 7, 16), 1)).isEqualTo(LocalDate.of(2027, 7, 20));
    }
}
