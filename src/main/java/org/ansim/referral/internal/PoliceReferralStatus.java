package org.ansim.referral.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseTimeline;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the police may know of a referral they sent: the case number and a coarse status, nothing clinical. A
 * referral of another agency does not exist for them.
 */
@Service
public class PoliceReferralStatus {

    public enum Status {
        RECEIVED,
        CONTACTED,
        SUPPORTED,
        CLOSED,
        CONSENT_WITHDRAWN
    }

    public record View(String caseNumber, Status status, Instant statusChangedAt) {}

    private final JdbcClient jdbc;
    private final CaseLookup cases;
    private final Consents consents;
    private final CaseTimeline timeline;

    PoliceReferralStatus(JdbcClient jdbc, CaseLookup cases, Consents consents, CaseTimeline timeline) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.consents = consents;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public Optional<View> find(String askingAgency, String policeAgency, String reportNumber) {
        if (!askingAgency.equals(policeAgency)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT case_id FROM referral_police_referral WHERE police_agency = ? AND report_number = ?")
                .params(policeAgency, reportNumber)
                .query(UUID.class)
                .optional()
                .flatMap(caseId -> cases.find(new CaseId(caseId)))
                .map(this::view);
    }

    /** A withdrawn consent to case management shows as such: the police hold her data no longer for us. */
    private View view(CaseSummary summary) {
        var withdrawal = consents.of(summary.id()).stream()
                .filter(c -> c.purpose() == ConsentPurpose.CASE_MANAGEMENT)
                .filter(c -> !c.inForce())
                .map(Consents.ConsentView::withdrawnAt)
                .max(Instant::compareTo);
        if (withdrawal.isPresent() && !consents.covers(summary.id(), ConsentPurpose.CASE_MANAGEMENT)) {
            return new View(summary.number().value(), Status.CONSENT_WITHDRAWN, withdrawal.get());
        }
        var status = of(summary.status());
        if (status == Status.RECEIVED || status == Status.CONTACTED) {
            var started = firstServiceStarted(summary);
            if (started.isPresent()) {
                return new View(summary.number().value(), Status.SUPPORTED, started.get());
            }
        }
        return new View(summary.number().value(), status, summary.statusChangedAt());
    }

    /** The victim is supported once the first service of her plan has started (a line the services module writes). */
    private Optional<Instant> firstServiceStarted(CaseSummary summary) {
        return timeline.entriesOf(summary.id()).stream()
                .filter(entry ->
                        entry.module().equals("services") && entry.kind().equals("SERVICE_STARTED"))
                .map(org.ansim.cases.TimelineEntry::at)
                .findFirst();
    }

    static Status of(CaseStatus status) {
        return switch (status) {
            case NEW -> Status.RECEIVED;
            case CONTACTED -> Status.CONTACTED;
            case ACTIVE, POST_MANAGEMENT -> Status.SUPPORTED;
            case CLOSED -> Status.CLOSED;
        };
    }
}
