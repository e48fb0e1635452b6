package org.ansim.identity;

import java.io.Serializable;
import java.util.UUID;

/** Refers to a staff user from any module. */
public record StaffUserId(UUID value) implements Serializable {

    public static StaffUserId random() {
        return new StaffUserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
