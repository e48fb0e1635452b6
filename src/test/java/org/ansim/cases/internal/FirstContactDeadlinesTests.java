package org.ansim.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first-contact deadline counts the setting's working days over the holidays stored by the migration. */
@AnsimIntegrationTest
class FirstContactDeadlinesTests {

    @Autowired
    FirstContactDeadlines deadlines;

    @Test
    void anAssignmentBeforeSeollalIsDueAfterTheWeekendAndTheHolidays() {
        // Friday 13 February 2026; Seollal Monday 16 to Wednesday 18 → Thursday 19, Friday 20
        var deadline = deadlines.from(seoul("2026-02-13T15:00"));

        assertThat(deadline.due()).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(deadline.workingDays()).isEqualTo(2);
    }

    @Test
    void anAssignmentBeforeChuseokIsDueTheTuesdayAfter() {
        var deadline = deadlines.from(seoul("2026-09-23T10:00"));

        assertThat(deadline.due()).isEqualTo(LocalDate.parse("2026-09-29"));
    }

    @Test
    void aSubstituteHolidayCountsAsAHoliday() {
        // Friday 14 August 2026; Liberation Day falls on Saturday, substitute Monday 17 → Tuesday 18, Wednesday 19
        assertThat(deadlines.from(seoul("2026-08-14T09:00")).due()).isEqualTo(LocalDate.parse("2026-08-19"));
    }

    private static java.time.Instant seoul(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), PolicySettings.ZONE)
                .toInstant();
    }
}
