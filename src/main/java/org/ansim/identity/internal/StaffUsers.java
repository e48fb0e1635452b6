package org.ansim.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUsers extends JpaRepository<StaffUser, UUID> {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAllByOrderByUsername();

    boolean existsByRole(Role role);
}
