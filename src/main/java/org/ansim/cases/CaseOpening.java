package org.ansim.cases;

/** Opens a case for an accepted application from any channel. */
public interface CaseOpening {

    /**
     * Opens the case and announces {@link CaseOpened}, in the caller's transaction. Opening again with the same channel
     * and (non-null) channel reference answers the case opened the first time and announces nothing.
     */
    CaseRef open(OpenCase command);

    /**
     * Opens the case as {@link #open} does, but as if at {@code openedAt}: cases taken over from records kept before
     * Ansim, and demo data with a history. Everything dated from the opening (number year, first-contact deadline)
     * follows {@code openedAt}.
     */
    CaseRef openAt(OpenCase command, java.time.Instant openedAt);
}
