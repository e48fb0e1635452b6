package org.ansim.safety.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Journeys home. */
interface Journeys extends JpaRepository<Journey, UUID> {

    Optional<Journey> findByClientEventId(UUID clientEventId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from Journey j where j.id = ?1")
    Optional<Journey> lock(UUID id);

    Optional<Journey> findFirstByPhoneIdAndStatusOrderByStartedAtDesc(UUID phoneId, Journey.Status status);

    Optional<Journey> findByAlertId(UUID alertId);

    Optional<Journey> findByDuressAlertId(UUID alertId);
}
