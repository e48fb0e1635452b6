package org.ansim.alerts;

/** What came of an alert, chosen when it is closed; the service levels count the false alarms. */
public enum AlertOutcome {
    /** Nobody was in danger: a pocket press, a test, a misunderstanding. */
    FALSE_ALARM,
    /** The dispatcher reached the victim, who is safe; nobody had to go. */
    VICTIM_SAFE,
    /** A guard or companion reached the victim. */
    HELP_ARRIVED,
    /** The police attended. */
    POLICE_ATTENDED,
    /** Nothing urgent; the case manager follows it up. */
    REFERRED_TO_CASE_MANAGER,
    /** The victim cancelled her SOS on her phone with her cancel PIN (never her duress PIN). */
    CANCELLED_BY_VICTIM,
    /** Anything else, explained in the note. */
    OTHER
}
