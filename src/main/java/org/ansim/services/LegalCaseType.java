package org.ansim.services;

/** The kind of proceedings a legal-aid provider supports the victim in. */
public enum LegalCaseType {
    CRIMINAL_COMPLAINT,
    PROTECTION_ORDER,
    CIVIL_DAMAGES,
    FAMILY,
    OTHER
}
