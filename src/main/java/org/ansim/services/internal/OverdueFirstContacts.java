package org.ansim.services.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.providers.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The open referrals whose provider has not made first contact by its deadline (working days after the referral,
 * Korean public holidays excluded), for the unit's home page: every one for a unit lead, her own cases' for a case
 * manager — whoever may see the case.
 */
@Component
public class OverdueFirstContacts {

    /** An overdue first contact as the home page and its list show it. */
    public record Line(
            UUID referralId,
            String caseNumber,
            ServiceKind service,
            String organisationName,
            Instant sentAt,
            LocalDate due,
            long daysLate) {}

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final OrganisationDirectory organisations;

    OverdueFirstContacts(JdbcClient jdbc, CaseAccess access, OrganisationDirectory organisations) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisations = organisations;
    }

    /** Oldest deadline first. */
    public List<Line> visibleTo(Authentication viewer, LocalDate today) {
        Map<UUID, String> names = organisations.all().stream()
                .collect(Collectors.toMap(e -> e.id().value(), OrganisationDirectory.Entry::name, (a, b) -> a));
        return jdbc
                .sql("""
                        SELECT id, case_id, case_number, kind, organisation_id, sent_at, first_contact_due
                          FROM services_referral
                         WHERE first_contacted_at IS NULL AND state IN ('SENT', 'ACCEPTED')
                           AND first_contact_due < ?
                         ORDER BY first_contact_due, sent_at""")
                .param(today)
                .query((rs, n) -> new Object[] {
                    new CaseId(rs.getObject("case_id", UUID.class)),
                    new Line(
                            rs.getObject("id", UUID.class),
                            rs.getString("case_number"),
                            ServiceKind.valueOf(rs.getString("kind")),
                            names.getOrDefault(
                                    rs.getObject("organisation_id", UUID.class),
                                    rs.getObject("organisation_id", UUID.class).toString()),
                            rs.getTimestamp("sent_at").toInstant(),
                            rs.getObject("first_contact_due", LocalDate.class),
                            ChronoUnit.DAYS.between(rs.getObject("first_contact_due", LocalDate.class), today))
                })
                .list()
                .stream()
                .filter(row -> access.maySee((CaseId) row[0], viewer))
                .map(row -> (Line) row[1])
                .toList();
    }
}
