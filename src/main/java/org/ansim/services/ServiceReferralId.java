package org.ansim.services;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Refers to a referral of a service to a provider organisation. */
public record ServiceReferralId(UUID value) implements Serializable {

    public ServiceReferralId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
