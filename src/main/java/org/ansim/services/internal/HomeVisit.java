package org.ansim.services.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.providers.ServiceKind;
import org.ansim.services.HomeVisitScheduled;
import org.ansim.services.ServiceReferralId;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A home-therapy visit of one referral, assigned to one therapist of the provider organisation. It guards who may see
 * the victim's home address for it: only that therapist, from the start of the visit's day until the visit is done,
 * and never later than the window after its scheduled start.
 */
@Entity
@Table(name = "services_home_visit")
class HomeVisit extends AbstractAggregateRoot<HomeVisit> {

    /** How far ahead a visit may be scheduled. */
    static final Duration MAX_AHEAD = Duration.ofDays(366);

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID referralId;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private String therapist;

    @Column(nullable = false)
    private String therapistName;

    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private String scheduledBy;

    @Column(nullable = false)
    private Instant scheduledAt;

    private @Nullable Instant doneAt;
    private @Nullable String doneBy;

    @Version
    private @Nullable Long version;

    protected HomeVisit() {}

    /**
     * @throws ServiceRuleViolated {@code not-home-therapy} for a referral of another service, {@code referral-state}
     *     unless the provider accepted it, {@code invalid} for a start in the past or more than a year ahead
     */
    static HomeVisit schedule(
            ServiceReferral referral,
            String therapist,
            String therapistName,
            Instant startsAt,
            String by,
            Instant now) {
        if (referral.kind() != ServiceKind.HOME_THERAPY) {
            throw new ServiceRuleViolated(
                    "not-home-therapy",
                    "services.visits.refused.notHomeTherapy",
                    "Home visits are scheduled on a HOME_THERAPY referral only.");
        }
        if (referral.state() != org.ansim.services.ServiceReferralState.ACCEPTED) {
            throw new ServiceRuleViolated(
                    "referral-state",
                    "services.visits.refused.notAccepted",
                    "A home visit is scheduled once the provider has accepted the referral; this one is "
                            + referral.state() + ".");
        }
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        if (LocalDate.ofInstant(startsAt, PolicySettings.ZONE).isBefore(today)
                || startsAt.isAfter(now.plus(MAX_AHEAD))) {
            throw new ServiceRuleViolated(
                    "invalid",
                    "services.visits.refused.when",
                    "A home visit starts today or later, at most a year ahead.");
        }
        var visit = new HomeVisit();
        visit.id = UUID.randomUUID();
        visit.referralId = referral.id().value();
        visit.caseId = referral.caseId().value();
        visit.organisationId = referral.organisationId().value();
        visit.therapist = therapist;
        visit.therapistName = therapistName;
        visit.startsAt = startsAt;
        visit.scheduledBy = by;
        visit.scheduledAt = now;
        visit.registerEvent(new HomeVisitScheduled(
                visit.id, referral.id(), referral.caseId(), referral.organisationId(), startsAt, by, now));
        visit.registerEvent(new CaseActivityNoted(
                referral.caseId(), "services", "HOME_VISIT_SCHEDULED", startsAt.toString(), by, now));
        return visit;
    }

    boolean isAssignedTo(String username) {
        return therapist.equals(username);
    }

    /**
     * Whether a visit's address may be revealed at {@code now}: from the start of the visit's day in Seoul until it was
     * done, and never {@code hours} or more after its start.
     */
    static boolean addressWindowOpen(Instant startsAt, @Nullable Instant doneAt, long hours, Instant now) {
        var opens = LocalDate.ofInstant(startsAt, PolicySettings.ZONE)
                .atStartOfDay(PolicySettings.ZONE)
                .toInstant();
        var latest = startsAt.plus(Duration.ofHours(hours));
        var closes = doneAt != null && doneAt.isBefore(latest) ? doneAt : latest;
        return !now.isBefore(opens) && now.isBefore(closes);
    }

    /**
     * @throws AddressWithheld {@code not-assigned-therapist} for anyone but its therapist, {@code
     *     outside-visit-window} before the visit's day, after it was done or after the window
     */
    void requireAddressAllowed(String username, Instant now, long hours) {
        if (!isAssignedTo(username)) {
            throw new AddressWithheld(
                    "not-assigned-therapist", "Only the therapist assigned to this visit may see the address.");
        }
        if (!addressWindowOpen(startsAt, doneAt, hours, now)) {
            throw new AddressWithheld(
                    "outside-visit-window",
                    "The address is shown from the visit's day until the visit is done (at most " + hours
                            + " hours after its start).");
        }
    }

    /** The therapist records the visit done; the address closes at once. Done once. */
    void done(String by, Instant at) {
        if (!isAssignedTo(by)) {
            throw new AddressWithheld(
                    "not-assigned-therapist", "Only the therapist assigned to this visit records it done.");
        }
        if (doneAt != null) {
            throw new ServiceRuleViolated(
                    "visit-state", "services.visits.refused.done", "This visit is recorded done already.");
        }
        this.doneAt = at;
        this.doneBy = by;
        registerEvent(
                new CaseActivityNoted(new org.ansim.cases.CaseId(caseId), "services", "HOME_VISIT_DONE", null, by, at));
    }

    UUID id() {
        return id;
    }

    ServiceReferralId referralId() {
        return new ServiceReferralId(referralId);
    }

    Instant startsAt() {
        return startsAt;
    }
}
