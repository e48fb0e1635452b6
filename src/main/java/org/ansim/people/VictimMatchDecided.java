package org.ansim.people;

import org.ansim.cases.CaseId;

/** A case manager answered a "same person?" question; when confirmed the case's victim is the existing person. */
public record VictimMatchDecided(
        PossibleMatchId id, CaseId caseId, PersonId victim, PossibleMatchStatus decision, String decidedBy) {}
