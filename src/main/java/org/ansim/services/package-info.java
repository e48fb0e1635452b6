/**
 * The victim's service plan: the services she asked for and their state, referrals to provider organisations that her
 * consent allows, what providers deliver (sessions) within the per-victim limits, and her right to decline or stop.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
@NullMarked
package org.ansim.services;

import org.jspecify.annotations.NullMarked;
