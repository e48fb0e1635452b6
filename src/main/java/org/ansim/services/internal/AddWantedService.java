package org.ansim.services.internal;

import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.identity.CurrentStaff;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim asks her case manager for a service after her application (or again, after she had declined or stopped
 * it): it goes on her plan as wanted. Asking twice changes nothing.
 */
@Service
public class AddWantedService {

    private final Plans plans;
    private final PlannedServices services;
    private final AuditLog audit;
    private final Clock clock;

    AddWantedService(Plans plans, PlannedServices services, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.services = services;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional
    public ServiceState execute(CaseSummary found, ServiceKind kind) {
        var by = CurrentStaff.find().orElseThrow().username();
        var now = clock.instant();
        var service = plans.wantedService(found, kind, by, now);
        service.wantedAgainByVictim(by, now);
        services.save(service);
        audit.record(
                AuditAction.CHANGE,
                AuditSubject.of("service-plan", found.number().value()),
                "wanted " + kind);
        return service.state();
    }
}
