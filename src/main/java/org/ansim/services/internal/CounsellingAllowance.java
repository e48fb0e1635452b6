package org.ansim.services.internal;

import java.time.LocalDate;
import org.ansim.cases.CaseId;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many counselling sessions a victim may have: the setting {@code counselling.sessions-per-victim} in force on
 * the day asked, plus every extension the unit lead approved; and how many she has had.
 */
@Component
public class CounsellingAllowance {

    static final String SETTING = "counselling.sessions-per-victim";

    /** @param base the setting in force; {@code extra} the approved extensions; {@code used} the sessions recorded */
    public record Allowance(int base, int extra, int used) {

        public int limit() {
            return base + extra;
        }

        public boolean reached() {
            return used >= limit();
        }
    }

    private final PolicySettings settings;
    private final JdbcClient jdbc;

    CounsellingAllowance(PolicySettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    public Allowance of(CaseId caseId, LocalDate on) {
        var base = (int) settings.number(SETTING, on);
        var extra = jdbc.sql(
                        "SELECT COALESCE(SUM(additional_sessions), 0) FROM services_session_extension WHERE case_id = ?")
                .param(caseId.value())
                .query(Integer.class)
                .single();
        var used = jdbc.sql("SELECT COUNT(*) FROM services_session WHERE case_id = ? AND kind = 'COUNSELLING'")
                .param(caseId.value())
                .query(Integer.class)
                .single();
        return new Allowance(base, extra, used);
    }
}
