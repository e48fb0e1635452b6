package org.ansim.services;

/**
 * Where one service of a plan stands: wanted → referred → accepted → in progress → completed; or declined by the
 * victim (she does not want it) or stopped by her (she ended it). Nothing proceeds against her will.
 */
public enum ServiceState {
    WANTED,
    REFERRED,
    ACCEPTED,
    IN_PROGRESS,
    COMPLETED,
    DECLINED_BY_VICTIM,
    STOPPED_BY_VICTIM;

    /** Whether the victim ended it: nothing more is sent or delivered for it. */
    public boolean endedByVictim() {
        return this == DECLINED_BY_VICTIM || this == STOPPED_BY_VICTIM;
    }
}
