package org.ansim.services;

/**
 * Where a claim stands: approved within the per-victim cap (or by the unit lead), waiting for the unit lead because it
 * passes the cap, or refused by her. Approved claims are spent; pending ones are committed against the budget.
 */
public enum ClaimState {
    APPROVED,
    PENDING_APPROVAL,
    REFUSED
}
