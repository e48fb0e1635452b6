package org.ansim.cases;

/** A case's id and its readable number. */
public record CaseRef(CaseId id, CaseNumber number) {}
