package org.ansim.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working days are Monday to Friday minus public holidays. */
class WorkingDayCalendarTests {

    static final WorkingDayCalendar CHUSEOK_2026 = new WorkingDayCalendar(
            Set.of(LocalDate.parse("2026-09-24"), LocalDate.parse("2026-09-25"), LocalDate.parse("2026-09-26")));

    @Test
    void twoWorkingDaysFromAMondayIsWednesday() {
        assertThat(CHUSEOK_2026.workingDaysAfter(LocalDate.parse("2026-03-09"), 2))
                .isEqualTo(LocalDate.parse("2026-03-11"));
    }

    @Test
    void aWeekendIsSkipped() {
        // Friday → Monday, Tuesday
        assertThat(CHUSEOK_2026.workingDaysAfter(LocalDate.parse("2026-03-13"), 2))
                .isEqualTo(LocalDate.parse("2026-03-17"));
        // Saturday → Monday, Tuesday
        assertThat(CHUSEOK_2026.workingDaysAfter(LocalDate.parse("2026-03-14"), 2))
                .isEqualTo(LocalDate.parse("2026-03-17"));
    }

    @Test
    void holidaysAndTheWeekendAfterThemAreSkipped() {
        // Wednesday 23 September 2026: Chuseok Thu–Sat, then Sunday → Monday 28, Tuesday 29
        assertThat(CHUSEOK_2026.workingDaysAfter(LocalDate.parse("2026-09-23"), 2))
                .isEqualTo(LocalDate.parse("2026-09-29"));
        assertThat(CHUSEOK_2026.isWorkingDay(LocalDate.parse("2026-09-25"))).isFalse();
        assertThat(CHUSEOK_2026.isWorkingDay(LocalDate.parse("2026-09-28"))).isTrue();
    }
}
