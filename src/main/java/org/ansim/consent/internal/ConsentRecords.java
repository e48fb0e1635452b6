package org.ansim.consent.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseId;
import org.ansim.consent.ConsentId;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.identity.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records consents, answers whether one covers a purpose, and records their withdrawal. */
@Service
public class ConsentRecords implements Consents {

    private final ConsentRepository consents;
    private final AuditLog audit;
    private final Clock clock;

    ConsentRecords(ConsentRepository consents, AuditLog audit, Clock clock) {
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ConsentId record(
            CaseId caseId,
            ConsentPurpose purpose,
            Set<OrganisationId> organisations,
            Instant obtainedAt,
            ConsentMethod method,
            String obtainedBy) {
        var consent = consents.save(Consent.give(caseId, purpose, organisations, obtainedAt, method, obtainedBy));
        audit.record(AuditAction.CREATE, AuditSubject.of("consent", consent.id().value()), purpose.name());
        return consent.id();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean covers(CaseId caseId, ConsentPurpose purpose, OrganisationId organisation) {
        return consents.findByCaseIdOrderByObtainedAtAsc(caseId.value()).stream()
                .anyMatch(consent -> consent.covers(purpose, organisation));
    }

    @Override
    public boolean covers(CaseId caseId, ConsentPurpose purpose) {
        return covers(caseId, purpose, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentView> of(CaseId caseId) {
        return consents.findByCaseIdOrderByObtainedAtAsc(caseId.value()).stream()
                .map(Consent::view)
                .toList();
    }

    /** The victim withdraws a consent (through staff now, through the app later). */
    @Transactional
    public ConsentView withdraw(CaseId caseId, ConsentId id, String recordedBy, String how) {
        var consent = consents.findById(id.value())
                .filter(c -> c.caseId().equals(caseId))
                .orElseThrow(() -> new ConsentRefused("consent.refused.unknown", "No such consent on this case"));
        consent.withdraw(clock.instant(), recordedBy, how);
        consents.save(consent);
        audit.record(AuditAction.CHANGE, AuditSubject.of("consent", id.value()), "withdrawn: " + how);
        return consent.view();
    }
}
