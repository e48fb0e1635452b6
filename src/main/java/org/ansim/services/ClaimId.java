package org.ansim.services;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Refers to a provider's claim for money (medical fees, legal costs) on a referral. */
public record ClaimId(UUID value) implements Serializable {

    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
