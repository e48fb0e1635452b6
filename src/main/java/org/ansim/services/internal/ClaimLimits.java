package org.ansim.services.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;
import org.ansim.settings.PolicySettings;
import org.ansim.settings.PolicyValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The money limits of LAW.md and the city programme, read from effective-dated settings: a per-victim cap and an
 * annual budget per service kind that takes claims. Spent is the approved claims, committed the claims waiting for the
 * unit lead; both count against the budget. Callers hold {@link #lock} so that two claims cannot jointly pass it.
 */
@Component
public class ClaimLimits {

    /** The service kinds a provider may claim money for. */
    public static final Set<ServiceKind> CLAIMABLE = EnumSet.of(ServiceKind.MEDICAL_FEES, ServiceKind.LEGAL);

    /** One limit and the date from which it is in force. */
    public record Limit(long won, LocalDate validFrom) {

        static Limit of(PolicyValue value) {
            return new Limit(value.asLong(), value.validFrom());
        }
    }

    private final PolicySettings settings;
    private final JdbcClient jdbc;

    ClaimLimits(PolicySettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    static String capKey(ServiceKind kind) {
        return "services." + slug(kind) + ".cap-won";
    }

    static String budgetKey(ServiceKind kind) {
        return "services." + slug(kind) + ".annual-budget-won";
    }

    private static String slug(ServiceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Limit cap(ServiceKind kind, LocalDate on) {
        return Limit.of(settings.valueOn(capKey(kind), on));
    }

    public Limit budget(ServiceKind kind, LocalDate on) {
        return Limit.of(settings.valueOn(budgetKey(kind), on));
    }

    /** Serialises every decision on this kind's budget of that year until the caller's transaction ends. */
    void lock(ServiceKind kind, int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                .param("services-budget:" + kind.name() + ":" + year)
                .query()
                .singleValue();
    }

    /** Spent and committed on this kind's budget of that year. */
    long budgetUsed(ServiceKind kind, int year) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(amount_won), 0) FROM services_claim
                        WHERE kind = ? AND budget_year = ? AND state IN ('APPROVED', 'PENDING_APPROVAL')""").params(kind.name(), year).query(Long.class).single();
    }

    /** What this victim has been given or is waiting for under this kind, against her cap. */
    long victimTotal(CaseId caseId, ServiceKind kind) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(amount_won), 0) FROM services_claim
                        WHERE case_id = ? AND kind = ? AND state IN ('APPROVED', 'PENDING_APPROVAL')""")
                .params(caseId.value(), kind.name())
                .query(Long.class)
                .single();
    }
}
