package org.ansim.risk.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StalkerProfiles extends JpaRepository<StalkerProfile, UUID> {}
