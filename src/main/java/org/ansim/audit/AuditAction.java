package org.ansim.audit;

/** What was done to a record, as the access-log standard names it. */
public enum AuditAction {
    VIEW,
    CREATE,
    CHANGE,
    DELETE,
    PRINT,
    DOWNLOAD,
    REVEAL,
    SIGN_IN,
    SIGN_IN_FAILURE,
    SIGN_OUT
}
