package org.ansim.identity;

import java.io.Serializable;
import java.util.UUID;

/** Refers to an organisation (city unit, police agency, provider, …) from any module. */
public record OrganisationId(UUID value) implements Serializable {

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
