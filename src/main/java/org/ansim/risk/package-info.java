/** Risk screening of the victim's situation (levels, professional judgement, trend) and the profiler's stalker profile. */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.ansim.risk;
