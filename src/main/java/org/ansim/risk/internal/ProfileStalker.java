package org.ansim.risk.internal;

import java.time.Clock;
import java.util.Optional;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.SealedValues;
import org.ansim.risk.StalkerTypology;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profiler writes her profile of a case's stalker; the unit lead may read it. The narrative is sealed and comes out
 * only through a reveal with a reason, which the audit log keeps. The caller has checked that the person may see the
 * case.
 */
@Service
public class ProfileStalker {

    public record Revision(
            StalkerTypology typology,
            int priorReports,
            boolean weapons,
            boolean violence,
            String history,
            String recommendations) {}

    private final StalkerProfiles profiles;
    private final SealedValues sealed;
    private final AuditLog audit;
    private final Clock clock;

    ProfileStalker(StalkerProfiles profiles, SealedValues sealed, AuditLog audit, Clock clock) {
        this.profiles = profiles;
        this.sealed = sealed;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('PROFILER')")
    public StalkerProfile revise(CaseSummary found, Revision revision, String profiler) {
        var profile = profiles.findById(found.id().value()).orElseGet(() -> StalkerProfile.first(found.id()));
        var narrative = sealed.seal(
                StalkerProfile.NARRATIVE,
                new StalkerNarrative(revision.history(), revision.recommendations()),
                StalkerProfile.narrativeOf(found.id()));
        profile.revise(
                revision.typology(),
                revision.priorReports(),
                revision.weapons(),
                revision.violence(),
                narrative,
                profiler,
                clock.instant());
        var saved = profiles.save(profile);
        audit.record(
                AuditAction.CHANGE,
                AuditSubject.of("stalker-profile", found.number().value()));
        return saved;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PROFILER', 'UNIT_LEAD')")
    public Optional<StalkerProfile> find(CaseSummary found) {
        var profile = profiles.findById(found.id().value());
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("stalker-profile", found.number().value()));
        return profile;
    }

    /** The narrative in clear, for the profiler or unit lead who says why; audited as a reveal. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PROFILER', 'UNIT_LEAD')")
    public Optional<StalkerNarrative> reveal(CaseSummary found, RevealReason reason) {
        return profiles.findById(found.id().value())
                .map(profile -> sealed.reveal(
                        profile.narrative(),
                        StalkerProfile.narrativeOf(found.id()),
                        AuditSubject.of("stalker-profile", found.number().value()),
                        reason));
    }
}
