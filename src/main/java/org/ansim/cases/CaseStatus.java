package org.ansim.cases;

/** Where a case stands: new → contacted → active → post-management → closed, and reopened to active. */
public enum CaseStatus {
    NEW,
    CONTACTED,
    ACTIVE,
    POST_MANAGEMENT,
    CLOSED
}
