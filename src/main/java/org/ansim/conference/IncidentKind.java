package org.ansim.conference;

/** Where an incident the agenda rules count came from. */
public enum IncidentKind {
    POLICE_REFERRAL,
    ORDER_VIOLATION,
    SOS,
    STAFF_RECORDED
}
