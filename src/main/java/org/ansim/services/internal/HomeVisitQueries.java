package org.ansim.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.OrganisationStaff;
import org.ansim.identity.Role;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralState;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The home visits of a referral, for its provider and for the case's plan (callers check access first). */
@Component
public class HomeVisitQueries {

    /**
     * A visit as a list shows it; {@code assignedToMe} when the viewer is its therapist, {@code addressWindowOpen}
     * while its address may be revealed (its day, until done).
     */
    public record VisitLine(
            UUID id,
            Instant startsAt,
            String therapist,
            String therapistName,
            String scheduledBy,
            @Nullable Instant doneAt,
            boolean assignedToMe,
            boolean addressWindowOpen) {}

    /** An accepted home-therapy referral on a case's plan: its visits and the provider's staff who may go. */
    public record ReferralVisits(
            UUID referralId,
            String organisationName,
            List<VisitLine> visits,
            List<OrganisationStaff.Member> therapists) {}

    private final JdbcClient jdbc;
    private final ProviderAccess access;
    private final OrganisationStaff staff;
    private final PolicySettings settings;
    private final Clock clock;

    HomeVisitQueries(
            JdbcClient jdbc, ProviderAccess access, OrganisationStaff staff, PolicySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The plan's accepted home-therapy referrals with their visits, for the case manager who schedules them (the
     * caller has checked she may see the case the plan belongs to).
     */
    public List<ReferralVisits> onPlan(ServicePlanView plan, String viewer) {
        return plan.services().stream()
                .filter(line -> line.service() == ServiceKind.HOME_THERAPY)
                .flatMap(line -> line.referrals().stream())
                .filter(referral -> referral.state() == ServiceReferralState.ACCEPTED)
                .map(referral -> new ReferralVisits(
                        referral.id(),
                        referral.organisationName(),
                        visitsOf(referral.id(), viewer),
                        staff.of(new OrganisationId(referral.organisationId()), Role.PROVIDER)))
                .toList();
    }

    /**
     * The visits of a referral addressed to the signed-in provider's organisation.
     *
     * @throws ServiceReferralNotFound when it is not addressed to her organisation
     * @throws AccessEnded when consent no longer covers her organisation or the referral was suspended
     */
    @PreAuthorize("hasRole('PROVIDER')")
    public List<VisitLine> forProvider(UUID referralId) {
        access.open(referralId);
        return visitsOf(referralId, ProviderAccess.provider().username());
    }

    public List<VisitLine> visitsOf(UUID referralId, String viewer) {
        var windowHours = new java.util.HashMap<LocalDate, Long>(); // the setting read once per visit day
        return jdbc.sql("""
                        SELECT id, starts_at, therapist, therapist_name, scheduled_by, done_at
                          FROM services_home_visit WHERE referral_id = ? ORDER BY starts_at""")
                .param(referralId)
                .query((rs, n) -> {
                    var done = rs.getTimestamp("done_at");
                    var startsAt = rs.getTimestamp("starts_at").toInstant();
                    var hours = windowHours.computeIfAbsent(
                            LocalDate.ofInstant(startsAt, PolicySettings.ZONE),
                            day -> settings.number(RevealHomeVisitAddress.WINDOW_SETTING, day));
                    return new VisitLine(
                            rs.getObject("id", UUID.class),
                            startsAt,
                            rs.getString("therapist"),
                            rs.getString("therapist_name"),
                            rs.getString("scheduled_by"),
                            done == null ? null : done.toInstant(),
                            rs.getString("therapist").equals(viewer),
                            HomeVisit.addressWindowOpen(
                                    startsAt, done == null ? null : done.toInstant(), hours, clock.instant()));
                })
                .list();
    }
}
