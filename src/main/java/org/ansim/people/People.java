package org.ansim.people;

import java.util.List;
import java.util.Optional;
import org.ansim.cases.CaseId;

/** The people module's face to other modules. Asks no case access: a module showing this to a person does. */
public interface People {

    /** The victim of the case, once the case's referral was processed. */
    Optional<PersonId> victimOf(CaseId caseId);

    /** Other cases whose offender is the same as this case's, strongest first. */
    List<LinkedCase> offendersLinkedTo(CaseId caseId);

    /** "Same person?" questions involving this case's victim, open ones first. */
    List<PossibleMatch> possibleMatchesFor(CaseId caseId);
}
