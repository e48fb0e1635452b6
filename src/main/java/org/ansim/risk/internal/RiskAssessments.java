package org.ansim.risk.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAssessments extends JpaRepository<RiskAssessment, UUID> {

    List<RiskAssessment> findByCaseIdOrderByAssessedAtDesc(UUID caseId);
}
