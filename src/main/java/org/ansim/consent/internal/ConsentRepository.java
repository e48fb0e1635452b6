package org.ansim.consent.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    List<Consent> findByCaseIdOrderByObtainedAtAsc(UUID caseId);
}
