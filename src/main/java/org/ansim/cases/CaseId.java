package org.ansim.cases;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Refers to a case from any module. */
public record CaseId(UUID value) implements Serializable {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
