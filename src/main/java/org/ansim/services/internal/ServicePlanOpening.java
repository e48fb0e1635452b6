package org.ansim.services.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.intake.ApplicationReceived;
import org.ansim.providers.ServiceKind;
import org.ansim.referral.PoliceReferralReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens one plan per case when its application arrives: with the services the one-stop application asked for, or
 * empty for a police referral (the police do not ask; the case manager adds what the victim wants when she calls).
 * A redelivered event finds the plan and adds nothing.
 */
@Component
class ServicePlanOpening {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ServicePlanOpening(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ApplicationReceived application) {
        var wanted = EnumSet.noneOf(ServiceKind.class);
        for (var asked : application.servicesWanted()) {
            switch (asked) {
                case PSYCHOLOGICAL -> wanted.add(ServiceKind.COUNSELLING);
                case LEGAL -> wanted.add(ServiceKind.LEGAL);
                case MEDICAL -> wanted.add(ServiceKind.MEDICAL_FEES);
                case ACCOMPANIMENT -> wanted.add(ServiceKind.ACCOMPANIMENT);
                // Guards, shelter, moving and equipment have modules of their own.
                case GUARDS, SHELTER, MOVING, EQUIPMENT -> {}
            }
        }
        open(application.caseId(), application.caseNumber(), "APPLICATION", wanted, application.receivedAt());
    }

    @ApplicationModuleListener
    void on(PoliceReferralReceived referral) {
        open(referral.caseId(), referral.caseNumber(), "POLICE_REFERRAL", Set.of(), referral.receivedAt());
    }

    void open(CaseId caseId, CaseNumber number, String through, Set<ServiceKind> wanted, Instant at) {
        var opened = jdbc.sql("""
                        INSERT INTO services_plan (case_id, case_number, opened_at, opened_through)
                        VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING""")
                .params(caseId.value(), number.value(), Timestamp.from(at), through)
                .update();
        if (opened == 0) {
            return;
        }
        for (var kind : List.copyOf(wanted)) {
            jdbc.sql("""
                            INSERT INTO services_service
                              (id, case_id, kind, state, wanted_at, wanted_through, state_changed_at, state_changed_by)
                            VALUES (?, ?, ?, 'WANTED', ?, ?, ?, ?) ON CONFLICT (case_id, kind) DO NOTHING""")
                    .params(
                            UUID.randomUUID(),
                            caseId.value(),
                            kind.name(),
                            Timestamp.from(at),
                            through,
                            Timestamp.from(at),
                            through)
                    .update();
        }
        if (!wanted.isEmpty()) {
            events.publishEvent(new CaseActivityNoted(
                    caseId,
                    "services",
                    "SERVICE_PLAN_OPENED",
                    wanted.stream()
                            .map(Enum::name)
                            .sorted()
                            .reduce((a, b) -> a + "," + b)
                            .orElse(""),
                    null,
                    at));
        }
    }
}
