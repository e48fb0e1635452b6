package org.ansim.cases;

/** How the application reached the unit. */
public enum Channel {
    POLICE_REFERRAL,
    HOTLINE_1366,
    ONLINE,
    WALK_IN
}
