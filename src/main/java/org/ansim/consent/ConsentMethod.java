package org.ansim.consent;

/** How consent was obtained. */
public enum ConsentMethod {
    WRITTEN,
    ELECTRONIC,
    VERBAL_RECORDED
}
