package org.ansim.referral;

import java.io.Serializable;
import java.util.UUID;

public record ReferralId(UUID value) implements Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
