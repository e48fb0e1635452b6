package org.ansim.cases;

/**
 * For the conference module: a case placed on a conference's agenda is "under conference" until it is released, and
 * while it is the profiler may see it ({@link CaseAccess}).
 */
public interface CaseConferenceMarking {

    /** @return false when the cases module knows no such case (nothing is marked) */
    boolean placeUnderConference(CaseId caseId);

    /** @return false when the cases module knows no such case */
    boolean releaseFromConference(CaseId caseId);
}
