package org.ansim.safety.internal;

import jakarta.persistence.Converter;
import org.ansim.privacy.SealedConverter;

/** Maps a sealed location to its {@code bytea} column. */
@Converter
public class LocationConverter extends SealedConverter<Location> {

    public LocationConverter() {
        super(Location.SEALED);
    }
}
