/** The victim's consent per purpose and named organisation, how and when it was given, and its withdrawal. */
@org.springframework.modulith.ApplicationModule(displayName = "Consent")
package org.ansim.consent;
