/** Effective-dated policy settings: the value in force on a given date, with history. */
@org.springframework.modulith.ApplicationModule(displayName = "Settings")
package org.ansim.settings;
