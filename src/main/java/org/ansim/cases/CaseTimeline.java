package org.ansim.cases;

import java.util.List;

/** The timeline read model: everything that happened to a case, oldest first. Callers ask {@link CaseAccess} first. */
public interface CaseTimeline {

    List<TimelineEntry> entriesOf(CaseId caseId);
}
