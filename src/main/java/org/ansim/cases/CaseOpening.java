package org.ansim.cases;

/** Opens a case for an accepted application from any channel. */
public interface CaseOpening {

    /**
     * Opens the case and announces {@link CaseOpened}, in the caller's transaction. Opening again with the same channel
     * and (non-null) channel reference answers the case opened the first time and announces nothing.
     */
    CaseRef open(OpenCase command);
}
