package org.ansim.risk;

import java.util.Objects;
import java.util.UUID;

/** Refers to one risk screening. */
public record RiskAssessmentId(UUID value) {

    public RiskAssessmentId {
        Objects.requireNonNull(value, "value");
    }
}
