package org.ansim.services.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.providers.ServiceKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedServices extends JpaRepository<PlannedService, UUID> {

    Optional<PlannedService> findByCaseIdAndKind(UUID caseId, ServiceKind kind);

    List<PlannedService> findByCaseId(UUID caseId);
}
