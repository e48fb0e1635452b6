package org.ansim.safety.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.safety.PhoneEnrolled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A phone joins a case: staff issue a one-time code (shown once, kept as a hash), the phone exchanges it for a device
 * token (shown once, kept as a hash); staff may revoke a phone at any time.
 */
@Service
public class PhoneEnrolment {

    /** A code as handed to the victim, and until when it works. */
    public record IssuedCode(String code, Instant expiresAt) {}

    private final EnrolmentCodes codes;
    private final Phones phones;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhoneEnrolment(EnrolmentCodes codes, Phones phones, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.codes = codes;
        this.phones = phones;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The caller has already been found allowed to see the case. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    public IssuedCode issueCode(CaseSummary forCase, String issuedBy) {
        var code = Secrets.newCode();
        var issued = EnrolmentCode.issue(
                forCase.id().value(),
                forCase.number().value(),
                Secrets.sha256(Secrets.normalisedCode(code)),
                issuedBy,
                clock.instant());
        codes.save(issued);
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("safety-enrolment-code", forCase.number().value()));
        return new IssuedCode(code, issued.expiresAt());
    }

    /**
     * @return the device token, shown to the phone once
     * @throws InvalidEnrolmentCode when the code was never issued, is used or expired
     */
    @Transactional
    public String enrol(String code, String deviceName) {
        var now = clock.instant();
        var issued = codes.findByCodeHash(Secrets.sha256(Secrets.normalisedCode(code)))
                .filter(candidate -> candidate.usableAt(now))
                .orElseThrow(InvalidEnrolmentCode::new);
        var token = Secrets.newToken();
        var phone = Phone.enrol(issued, deviceName.strip(), Secrets.sha256(token), now);
        phones.save(phone);
        audit.recordAs(
                "phone:" + phone.id(),
                "DEVICE",
                null,
                AuditAction.CREATE,
                AuditSubject.of("safety-phone", phone.id()),
                "enrolled for " + phone.caseNumber());
        events.publishEvent(new PhoneEnrolled(phone.id(), phone.caseNumber(), now));
        return token;
    }

    /** Revokes a phone of the case; its token is refused from the next request on. */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    public boolean revoke(CaseSummary ofCase, UUID phoneId, String by) {
        var phone = phones.findById(phoneId)
                .filter(found -> found.caseId().equals(ofCase.id().value()))
                .orElse(null);
        if (phone == null) {
            return false;
        }
        phone.revoke(by, clock.instant());
        audit.record(AuditAction.CHANGE, AuditSubject.of("safety-phone", phoneId), "revoked");
        return true;
    }
}
