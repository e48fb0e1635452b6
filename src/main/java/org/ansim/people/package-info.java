/**
 * Victims and offenders as persons: a new case's victim is offered to the case manager as "same person?" when her
 * keyed hashes match an existing victim's, and the same offender across several victims is linked. Only keyed hashes
 * are stored, never clear text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.ansim.people;
