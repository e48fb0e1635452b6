package org.ansim.cases.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Monday to Friday except public holidays. */
public record WorkingDayCalendar(Set<LocalDate> holidays) {

    public WorkingDayCalendar {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        var weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The {@code count}-th working day after {@code start}: what happens on a Friday with two working days is due on
     * Tuesday (or later, when Monday or Tuesday is a holiday).
     */
    public LocalDate workingDaysAfter(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        var day = start;
        var left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
