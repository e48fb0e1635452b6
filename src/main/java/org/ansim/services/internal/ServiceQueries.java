package org.ansim.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralState;
import org.ansim.services.ServiceState;
import org.ansim.services.SuspensionCause;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read models: a case's plan (for staff who may see the case — callers ask case access first) and a provider
 * organisation's inbox (only the referrals addressed to it).
 */
@Component
public class ServiceQueries {

    private final JdbcClient jdbc;
    private final CounsellingAllowance allowance;
    private final OrganisationDirectory organisations;

    ServiceQueries(JdbcClient jdbc, CounsellingAllowance allowance, OrganisationDirectory organisations) {
        this.jdbc = jdbc;
        this.allowance = allowance;
        this.organisations = organisations;
    }

    public ServicePlanView planOf(CaseId caseId, LocalDate today) {
        var names = organisations.all().stream()
                .collect(Collectors.toMap(e -> e.id().value(), OrganisationDirectory.Entry::name, (a, b) -> a));
        var referralsByService = new LinkedHashMap<UUID, List<ServicePlanView.Referral>>();
        jdbc.sql("""
                        SELECT r.*, (SELECT COUNT(*) FROM services_session s WHERE s.referral_id = r.id) AS sessions
                          FROM services_referral r WHERE r.case_id = ? ORDER BY r.sent_at""")
                .param(caseId.value())
                .query((rs, n) -> {
                    var organisation = rs.getObject("organisation_id", UUID.class);
                    referralsByService
                            .computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new ServicePlanView.Referral(
                                    rs.getObject("id", UUID.class),
                                    organisation,
                                    names.getOrDefault(organisation, organisation.toString()),
                                    ServiceReferralState.valueOf(rs.getString("state")),
                                    instant(rs, "sent_at"),
                                    rs.getString("sent_by"),
                                    rs.getObject("first_contact_due", LocalDate.class),
                                    instant(rs, "first_contacted_at"),
                                    overdue(rs, today),
                                    rs.getInt("sessions"),
                                    rs.getString("decline_reason"),
                                    cause(rs)));
                    return 0;
                })
                .list();
        var lines = jdbc.sql("""
                        SELECT id, kind, state, state_changed_at, state_changed_by, victim_reason
                          FROM services_service WHERE case_id = ? ORDER BY wanted_at, kind""")
                .param(caseId.value())
                .query((rs, n) -> new ServicePlanView.Line(
                        ServiceKind.valueOf(rs.getString("kind")),
                        ServiceState.valueOf(rs.getString("state")),
                        instant(rs, "state_changed_at"),
                        rs.getString("state_changed_by"),
                        rs.getString("victim_reason"),
                        List.copyOf(referralsByService.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
                .list();
        var extensions = jdbc.sql("""
                        SELECT additional_sessions, reason, base_limit, limit_after, approved_by, approved_at
                          FROM services_session_extension WHERE case_id = ? ORDER BY approved_at""")
                .param(caseId.value())
                .query((rs, n) -> new ServicePlanView.Extension(
                        rs.getInt("additional_sessions"),
                        rs.getString("reason"),
                        rs.getInt("base_limit"),
                        rs.getInt("limit_after"),
                        rs.getString("approved_by"),
                        instant(rs, "approved_at")))
                .list();
        return new ServicePlanView(lines, allowance.of(caseId, today), extensions);
    }

    /** The referrals addressed to one organisation, newest first (the 500 newest). */
    public List<InboxLine> inboxOf(OrganisationId organisation, LocalDate today) {
        return inboxOf(organisation, today, 0, 500);
    }

    /** One page of the referrals addressed to one organisation, newest first: {@code limit} after {@code offset}. */
    public List<InboxLine> inboxOf(OrganisationId organisation, LocalDate today, int offset, int limit) {
        return jdbc.sql("""
                        SELECT r.id, r.kind, r.state, r.alias, r.sent_at, r.first_contact_due, r.first_contacted_at,
                               r.suspended_at, r.suspension_cause,
                               (SELECT COUNT(*) FROM services_session s WHERE s.referral_id = r.id) AS sessions
                          FROM services_referral r WHERE r.organisation_id = ?
                         ORDER BY r.sent_at DESC, r.id OFFSET ? LIMIT ?""")
                .params(organisation.value(), offset, limit)
                .query((rs, n) -> {
                    var state = ServiceReferralState.valueOf(rs.getString("state"));
                    return new InboxLine(
                            rs.getObject("id", UUID.class),
                            ServiceKind.valueOf(rs.getString("kind")),
                            state,
                            state == ServiceReferralState.SUSPENDED ? null : rs.getString("alias"),
                            instant(rs, "sent_at"),
                            rs.getObject("first_contact_due", LocalDate.class),
                            instant(rs, "first_contacted_at"),
                            overdue(rs, today),
                            rs.getInt("sessions"),
                            instant(rs, "suspended_at"),
                            cause(rs));
                })
                .list();
    }

    /** The sessions of one referral (their notes stay sealed). */
    public List<SessionLine> sessionsOf(UUID referralId) {
        return jdbc.sql("""
                        SELECT held_on, minutes, session_kind, recorded_by, recorded_at, limit_in_force
                          FROM services_session WHERE referral_id = ? ORDER BY held_on, recorded_at""")
                .param(referralId)
                .query((rs, n) -> new SessionLine(
                        rs.getObject("held_on", LocalDate.class),
                        rs.getInt("minutes"),
                        org.ansim.services.SessionKind.valueOf(rs.getString("session_kind")),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }

    public record SessionLine(
            LocalDate heldOn,
            int minutes,
            org.ansim.services.SessionKind kind,
            String recordedBy,
            Instant recordedAt) {}

    private static boolean overdue(ResultSet rs, LocalDate today) throws SQLException {
        var state = ServiceReferralState.valueOf(rs.getString("state"));
        return state.open()
                && rs.getTimestamp("first_contacted_at") == null
                && today.isAfter(rs.getObject("first_contact_due", LocalDate.class));
    }

    private static @Nullable SuspensionCause cause(ResultSet rs) throws SQLException {
        var cause = rs.getString("suspension_cause");
        return cause == null ? null : SuspensionCause.valueOf(cause);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, PolicySettings.ZONE);
    }
}
