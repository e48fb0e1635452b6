package org.ansim.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ansim.audit.AuditSubject;

/**
 * The record and field a sealed value belongs to, bound into its ciphertext as AEAD associated data: a ciphertext
 * copied to another record or field no longer decrypts.
 *
 * @param recordType the kind of record, e.g. {@code case}, {@code person}, {@code shelter}
 * @param recordId the record's id, e.g. {@code STK-2026-000123} or a UUID
 * @param field the field, e.g. {@code address}, {@code phone}
 */
public record AssociatedData(String recordType, String recordId, String field) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    public AssociatedData {
        check(recordType, "recordType");
        check(recordId, "recordId");
        check(field, "field");
    }

    public static AssociatedData of(String recordType, Object recordId, String field) {
        return new AssociatedData(recordType, String.valueOf(recordId), field);
    }

    /** The audit subject for a reveal of this field: the record, never the field's content. */
    public AuditSubject subject() {
        return new AuditSubject(recordType, recordId);
    }

    /** The bytes bound into the ciphertext; the kind is included so a value cannot be revealed as another kind. */
    byte[] bytesFor(SealedKind<?> kind) {
        return ("ansim/sealed/v1|" + kind.name() + "|" + recordType + "|" + recordId + "|" + field)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void check(String value, String name) {
        Objects.requireNonNull(value, name);
        if (!PART.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1-100 letters, digits or . _ : -");
        }
    }
}
