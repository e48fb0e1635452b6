package org.ansim.cases.internal;

import java.time.LocalDate;

/**
 * The last day on which the first contact is on time, and the number of working days (the setting
 * {@code cases.first-contact-working-days} in force that day) it was reckoned with.
 */
public record FirstContactDeadline(LocalDate due, int workingDays) {}
