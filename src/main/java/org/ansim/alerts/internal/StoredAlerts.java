package org.ansim.alerts.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The alert aggregates. */
interface StoredAlerts extends JpaRepository<Alert, UUID> {

    Optional<Alert> findBySourceKey(String sourceKey);

    /** The alert, locked until the transaction ends: its actions and its escalation steps happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT a FROM Alert a WHERE a.id = :id")
    Optional<Alert> findLocked(UUID id);
}
