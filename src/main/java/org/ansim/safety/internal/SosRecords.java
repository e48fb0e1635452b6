package org.ansim.safety.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Every SOS. */
interface SosRecords extends JpaRepository<Sos, UUID> {

    Optional<Sos> findByClientEventId(UUID clientEventId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sos s where s.alertId = ?1")
    Optional<Sos> lockByAlertId(UUID alertId);

    Optional<Sos> findByAlertId(UUID alertId);

    Optional<Sos> findByDuressAlertId(UUID alertId);
}
