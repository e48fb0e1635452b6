package org.ansim.audit;

import java.util.Objects;

/**
 * The record an audit entry is about, named by its kind and id, never by its sensitive content.
 *
 * @param type what kind of record, e.g. {@code "case"}, {@code "staff-user"}, {@code "setting"}
 * @param id the record's id, e.g. {@code "STK-2026-000123"}
 */
public record AuditSubject(String type, String id) {

    public AuditSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditSubject of(String type, Object id) {
        return new AuditSubject(type, String.valueOf(id));
    }
}
