package org.ansim.orders.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Orders extends JpaRepository<ProtectiveOrder, UUID> {

    List<ProtectiveOrder> findByCaseIdOrderByStartsOnDescRecordedAtDesc(UUID caseId);

    Optional<ProtectiveOrder> findBySourceKey(String sourceKey);
}
