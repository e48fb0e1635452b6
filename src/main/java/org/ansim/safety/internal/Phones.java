package org.ansim.safety.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Enrolled phones. */
public interface Phones extends JpaRepository<Phone, UUID> {

    Optional<Phone> findByTokenHash(String tokenHash);

    List<Phone> findByCaseIdOrderByEnrolledAt(UUID caseId);
}
