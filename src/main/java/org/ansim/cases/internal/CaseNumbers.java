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
 * Hands out case numbers from one counter row per year. The row is locked by the upsert until the opening transaction
 * ends, so numbers are unique across nodes and, as a rolled-back opening gives its number back, without gaps.
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
        long counter = jdbc.sql("""
                        INSERT INTO cases_number_counter (year, last_value) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last_value = cases_number_counter.last_value + 1
                        RETURNING last_value
                        """).param("year", year).query(Long.class).single();
        return CaseNumber.of(year, counter);
    }
}
