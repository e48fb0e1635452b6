package org.ansim.services.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Claims extends JpaRepository<Claim, UUID> {}
