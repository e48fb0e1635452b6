package org.ansim.safety.internal;

import java.util.Optional;
import org.ansim.privacy.SealedKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a phone was: a WGS-84 position with its accuracy. Sealed at rest ({@link #SEALED}); only a reveal shows it.
 *
 * @param latitude degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 * @param accuracyMeters the radius of uncertainty, when the phone said
 */
public record Location(
        double latitude, double longitude, @Nullable Double accuracyMeters) {

    public static final SealedKind<Location> SEALED = SealedKind.json("safety-location", Location.class);

    /** Farther than this from the truth is no position at all. */
    static final double MAX_ACCURACY_METERS = 100_000;

    public Location {
        if (!possible(latitude, longitude, accuracyMeters)) {
            throw new IllegalArgumentException("Not a possible position");
        }
    }

    /**
     * The position if the phone sent a possible one; empty when it sent none or an impossible one (out of range, not
     * a number, a negative or absurd accuracy, or exactly 0,0 which a broken GPS reports).
     */
    static Optional<Location> ifPossible(
            @Nullable Double latitude, @Nullable Double longitude, @Nullable Double accuracyMeters) {
        if (latitude == null || longitude == null || !possible(latitude, longitude, accuracyMeters)) {
            return Optional.empty();
        }
        return Optional.of(new Location(latitude, longitude, accuracyMeters));
    }

    private static boolean possible(double latitude, double longitude, @Nullable Double accuracyMeters) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            return false;
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            return false;
        }
        if (latitude == 0 && longitude == 0) {
            return false;
        }
        return accuracyMeters == null
                || (Double.isFinite(accuracyMeters) && accuracyMeters >= 0 && accuracyMeters <= MAX_ACCURACY_METERS);
    }
}
