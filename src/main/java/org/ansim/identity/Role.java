package org.ansim.identity;

/** The roles of MISSION.md "Who uses it". A staff user holds exactly one; its authority is {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    UNIT_LEAD,
    CASE_MANAGER,
    PROFILER,
    HOTLINE,
    POLICE,
    PROVIDER,
    SHELTER,
    DISPATCHER,
    GUARD,
    EDUCATOR,
    ANALYST,
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
