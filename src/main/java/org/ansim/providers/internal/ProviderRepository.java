package org.ansim.providers.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<Provider, UUID> {

    List<Provider> findAllByOrderByNameAsc();

    List<Provider> findByOrganisationIdOrderByNameAsc(UUID organisationId);

    Optional<Provider> findByName(String name);
}
