package org.ansim.cases;

/**
 * For the conference module: a case placed on a conference's agenda is "under conference" until it is released, and
 * while it is the profiler may see it ({@link CaseAccess}).
 */
public interface CaseConferenceMarking {

    void placeUnderConference(CaseId caseId);

    void releaseFromConference(CaseId caseId);
}
