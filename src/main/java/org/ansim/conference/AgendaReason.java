package org.ansim.conference;

/**
 * Why a case is on a conference's agenda: high by Ansim's screening, high by the police's referral, raised on the
 * assessor's judgement, escalation (enough incidents within the window), repeat (a new incident within the window of
 * its last conference), or added by the unit lead.
 */
public enum AgendaReason {
    HIGH_RISK,
    POLICE_HIGH,
    JUDGEMENT,
    ESCALATION,
    REPEAT,
    ADDED
}
