package org.ansim.identity;

/** The kinds of organisation that work in or with Ansim. */
public enum OrganisationKind {
    CITY_UNIT,
    POLICE_AGENCY,
    HOTLINE_1366,
    COUNSELLING_CENTRE,
    LEGAL_AID,
    CLINIC,
    SHELTER,
    SECURITY_COMPANY,
    EDUCATION,
    RESEARCH
}
