package org.ansim.audit.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** An auditor reads the log, newest first, a page at a time. The reading is itself logged. */
@Service
public class SearchAuditEntries {

    public static final int PAGE_SIZE = 50;
    static final AuditSubject THE_LOG = new AuditSubject("audit-log", "entries");

    private final JdbcClient jdbc;
    private final AuditProperties properties;
    private final AuditLog log;

    SearchAuditEntries(JdbcClient jdbc, AuditProperties properties, AuditLog log) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.log = log;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    public AuditPage execute(AuditQuery query, int page) {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        log.record(AuditAction.VIEW, THE_LOG);
        var where = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (query.from() != null) {
            where.add("occurred_at >= :from");
            params.addValue("from", startOf(query.from()), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
            params.addValue("to", startOf(query.to().plusDays(1)), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        equal(where, params, "actor_name", query.actor());
        equal(
                where,
                params,
                "action",
                query.action() == null ? null : query.action().name());
        equal(where, params, "subject_type", query.subjectType());
        equal(where, params, "subject_id", query.subjectId());
        equal(where, params, "organisation", query.organisation());
        params.addValue("limit", PAGE_SIZE + 1);
        params.addValue("offset", (long) page * PAGE_SIZE);
        var sql = "SELECT * FROM audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset";
        List<AuditEntry> rows = jdbc.sql(sql)
                .paramSource(params)
                .query((rs, n) -> ChainVerifier.entry(rs))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new AuditPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, PAGE_SIZE, hasNext);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(properties.zone()).toOffsetDateTime();
    }

    private static void equal(List<String> where, MapSqlParameterSource params, String column, @Nullable String value) {
        if (value != null) {
            where.add(column + " = :" + column);
            params.addValue(column, value, Types.VARCHAR);
        }
    }
}
