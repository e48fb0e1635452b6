package org.ansim.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Organisations extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByName(String name);

    List<Organisation> findAllByOrderByKindAscNameAsc();
}
