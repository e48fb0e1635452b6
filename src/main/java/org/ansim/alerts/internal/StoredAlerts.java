package org.ansim.alerts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The alert aggregates. */
interface StoredAlerts extends JpaRepository<Alert, UUID> {

    Optional<Alert> findBySourceKey(String sourceKey);
}
