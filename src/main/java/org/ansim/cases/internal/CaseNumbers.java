package org.ansim.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseNumber;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers from one PostgreSQL sequence per year ({@code cases_case_number_<year>}), unique across
 * nodes and increasing. A sequence holds no lock, so openings do not wait for one another's transactions (see ADR
 * 0007); the price is that a rolled-back opening leaves its number unused. A year's sequence is created, in the
 * opening's transaction and under an advisory lock, the first time that year needs one, starting after what the
 * earlier yearly counter row had handed out.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    CaseNumber next(Instant openedAt) {
        var year = LocalDate.ofInstant(openedAt, PolicySettings.ZONE).getYear();
        var sequence = sequenceOf(year);
        var exists = jdbc.sql("SELECT to_regclass(:name) IS NOT NULL")
                .param("name", sequence)
                .query(Boolean.class)
                .single();
        if (!exists) {
            create(year);
        }
        long counter = jdbc.sql("SELECT nextval(CAST(:name AS regclass))")
                .param("name", sequence)
                .query(Long.class)
                .single();
        return CaseNumber.of(year, counter);
    }

    private void create(int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(7340, :year)")
                .param("year", year)
                .query()
                .singleValue();
        long start = jdbc.sql("SELECT coalesce(max(last_value), 0) + 1 FROM cases_number_counter WHERE year = :year")
                .param("year", year)
                .query(Long.class)
                .single();
        // The name is built from an int; nothing from outside reaches this statement.
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequenceOf(year) + " MINVALUE 1 MAXVALUE 999999 START WITH "
                        + start)
                .update();
    }

    private static String sequenceOf(int year) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("A case year is between 2000 and 9999: " + year);
        }
        return "cases_case_number_" + year;
    }
}
