package org.ansim.orders.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Violations extends JpaRepository<OrderViolation, UUID> {

    List<OrderViolation> findByOrderIdInOrderByOccurredAtDesc(List<UUID> orderIds);
}
