package org.ansim.services.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.ansim.cases.CaseSummary;
import org.ansim.providers.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan of a case and its services, for the use cases: a case opened before its plan (or whose event is still on
 * its way) gets its plan on first use, and a service the victim asks for later is added as wanted.
 */
@Component
class Plans {

    private final JdbcClient jdbc;
    private final PlannedServices services;

    Plans(JdbcClient jdbc, PlannedServices services) {
        this.jdbc = jdbc;
        this.services = services;
    }

    PlannedService wantedService(CaseSummary found, ServiceKind kind, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO services_plan (case_id, case_number, opened_at, opened_through)
                        VALUES (?, ?, ?, 'CASE_MANAGER') ON CONFLICT (case_id) DO NOTHING""")
                .params(found.id().value(), found.number().value(), Timestamp.from(at))
                .update();
        return services.findByCaseIdAndKind(found.id().value(), kind).orElseGet(() -> {
            var added = PlannedService.wanted(found.id(), kind, by, at);
            added.registerWanted(by, at);
            return services.saveAndFlush(added);
        });
    }
}
