package org.ansim.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import org.ansim.cases.WorkingDays;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reckons the first-contact deadline: {@code cases.first-contact-working-days} (in force on the day of the assignment or
 * opening) working days after that day, skipping weekends and the public holidays of {@code cases_public_holiday}.
 */
@Component
public class FirstContactDeadlines implements WorkingDays {

    static final String SETTING = "cases.first-contact-working-days";

    private final PolicySettings settings;
    private final JdbcClient jdbc;

    FirstContactDeadlines(PolicySettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    public FirstContactDeadline from(Instant moment) {
        var day = LocalDate.ofInstant(moment, PolicySettings.ZONE);
        var workingDays = (int) settings.number(SETTING, day);
        return new FirstContactDeadline(calendarAround(day).workingDaysAfter(day, workingDays), workingDays);
    }

    @Override
    public LocalDate workingDaysAfter(LocalDate start, int count) {
        return calendarAround(start).workingDaysAfter(start, count);
    }

    /** The calendar with the holidays of the weeks ahead of {@code day} (a deadline is never months away). */
    WorkingDayCalendar calendarAround(LocalDate day) {
        var holidays = new HashSet<>(jdbc.sql("SELECT day FROM cases_public_holiday WHERE day BETWEEN ? AND ?")
                .params(day, day.plusDays(120))
                .query(LocalDate.class)
                .list());
        return new WorkingDayCalendar(holidays);
    }
}
