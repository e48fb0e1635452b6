package org.ansim.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.Channel;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case read model: summaries for other modules and the filtered, paged case list. */
@Component
class CaseDirectory implements CaseLookup {

    private static final String COLUMNS = """
            id, number, status, status_changed_at, channel, district, police_risk_level, case_manager, opened_at,
            first_contact_due, first_contacted_at, under_conference, guard_recommended, services_wanted
            """;

    private final JdbcClient jdbc;
    private final PolicySettings settings;

    CaseDirectory(JdbcClient jdbc, PolicySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public Optional<CaseSummary> find(CaseId id) {
        return findRow("id = :key", id.value()).map(CaseRow::summary);
    }

    @Override
    public Optional<CaseSummary> find(CaseNumber number) {
        return findRow("number = :key", number.value()).map(CaseRow::summary);
    }

    @Override
    public List<CaseSummary> caseloadOf(String caseManager) {
        var today = settings.today();
        return jdbc.sql("SELECT " + COLUMNS + " FROM cases_case WHERE case_manager = :manager"
                        + " ORDER BY opened_at DESC, number")
                .param("manager", caseManager)
                .query((rs, n) -> row(rs, today).summary())
                .list();
    }

    @Override
    public List<CaseSummary> all() {
        var today = settings.today();
        return jdbc.sql("SELECT " + COLUMNS + " FROM cases_case ORDER BY opened_at, number")
                .query((rs, n) -> row(rs, today).summary())
                .list();
    }

    Optional<CaseRow> findRow(CaseNumber number) {
        return findRow("number = :key", number.value());
    }

    private Optional<CaseRow> findRow(String where, Object key) {
        var today = settings.today();
        return jdbc.sql("SELECT " + COLUMNS + " FROM cases_case WHERE " + where)
                .param("key", key)
                .query((rs, n) -> row(rs, today))
                .optional();
    }

    CasePage search(CaseFilter filter) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.manager() != null) {
            where.add("case_manager = :manager");
            params.put("manager", filter.manager());
        }
        if (filter.district() != null) {
            where.add("district = :district");
            params.put("district", filter.district());
        }
        if (filter.risk() != null) {
            where.add("police_risk_level = :risk");
            params.put("risk", filter.risk());
        }
        if (filter.query() != null) {
            where.add("(number ILIKE :query OR channel_reference ILIKE :query)");
            params.put("query", "%" + likeEscaped(filter.query()) + "%");
        }
        var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM cases_case" + condition)
                .params(params)
                .query(Long.class)
                .single();
        var today = settings.today();
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM cases_case" + condition
                        + " ORDER BY opened_at DESC, number DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", CaseFilter.PAGE_SIZE)
                .param("offset", (long) filter.page() * CaseFilter.PAGE_SIZE)
                .query((rs, n) -> row(rs, today))
                .list();
        return new CasePage(rows, filter.page(), CaseFilter.PAGE_SIZE, total);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The districts that occur in cases, for the list's filter. */
    List<String> districts() {
        return jdbc.sql("SELECT DISTINCT district FROM cases_case WHERE district IS NOT NULL ORDER BY district")
                .query(String.class)
                .list();
    }

    private static CaseRow row(ResultSet rs, LocalDate today) throws SQLException {
        var due = rs.getObject("first_contact_due", LocalDate.class);
        var contacted = rs.getTimestamp("first_contacted_at");
        var contactedAt = contacted == null ? null : contacted.toInstant();
        var summary = new CaseSummary(
                new CaseId(rs.getObject("id", UUID.class)),
                new CaseNumber(rs.getString("number")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("status_changed_at").toInstant(),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("district"),
                rs.getString("police_risk_level"),
                Optional.ofNullable(rs.getString("case_manager")),
                rs.getTimestamp("opened_at").toInstant(),
                due,
                Optional.ofNullable(contactedAt));
        var guard = rs.getObject("guard_recommended", Boolean.class);
        var services = rs.getString("services_wanted");
        return new CaseRow(
                summary,
                due,
                contactedAt,
                FirstContactState.of(due, contactedAt, today),
                rs.getBoolean("under_conference"),
                guard,
                services.isEmpty() ? List.of() : Arrays.asList(services.split(",")));
    }
}
