/**
 * The case conference (MARAC): the incidents its agenda rules count, monthly meetings whose agenda fills itself,
 * attendance, sealed discussion notes, decisions, the response plan's actions on the owners' task lists, and the
 * post-management check-ins after closure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conference")
package org.ansim.conference;
