package org.ansim.services.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HomeVisits extends JpaRepository<HomeVisit, UUID> {

    List<HomeVisit> findByReferralIdOrderByStartsAt(UUID referralId);
}
