/** The one-stop application from every channel other than the police: the 1366 hotline, the online form, walk-ins. */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.ansim.intake;
