package org.ansim.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MachineClients extends JpaRepository<MachineClient, UUID> {

    Optional<MachineClient> findByKeyHash(String keyHash);

    List<MachineClient> findAllByOrderByCreatedAtDesc();
}
