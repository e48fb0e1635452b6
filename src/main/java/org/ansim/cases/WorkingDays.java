package org.ansim.cases;

import java.time.LocalDate;

/**
 * The unit's working-day calendar (Monday to Friday except the public holidays the cases module keeps), for other
 * modules' deadlines in working days (a provider's first contact, a conference's follow-up).
 */
public interface WorkingDays {

    /** The {@code count}-th working day after {@code start} (a Friday with two working days is due on Tuesday). */
    LocalDate workingDaysAfter(LocalDate start, int count);
}
