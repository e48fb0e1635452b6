package org.ansim.services.internal;

import java.util.List;
import java.util.UUID;
import org.ansim.services.ServiceReferralState;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceReferrals extends JpaRepository<ServiceReferral, UUID> {

    List<ServiceReferral> findByCaseIdAndStateIn(UUID caseId, List<ServiceReferralState> states);

    List<ServiceReferral> findByServiceIdAndStateIn(UUID serviceId, List<ServiceReferralState> states);
}
