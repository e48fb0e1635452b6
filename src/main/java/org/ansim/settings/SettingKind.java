package org.ansim.settings;

/** What a setting's value is: a whole number, free text, a date, or a comma-separated list. */
public enum SettingKind {
    NUMBER,
    TEXT,
    DATE,
    LIST
}
