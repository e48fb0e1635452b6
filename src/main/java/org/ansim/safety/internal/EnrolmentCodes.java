package org.ansim.safety.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Issued enrolment codes. */
interface EnrolmentCodes extends JpaRepository<EnrolmentCode, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EnrolmentCode> findByCodeHash(String codeHash);
}
