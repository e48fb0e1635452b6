package org.ansim.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;

/** Cases for domain tests, each in a named state of its life. */
final class CaseMother {

    static final Instant OPENED = Instant.parse("2026-03-09T01:00:00Z");
    static final String MANAGER = "kim-case-manager";
    static final String LEAD = "park-unit-lead";
    static int counter = 1;

    private CaseMother() {}

    static OpenCase policeReferral() {
        return new OpenCase(
                Channel.POLICE_REFERRAL,
                "서울강남경찰서/2026-00" + counter,
                OPENED.minusSeconds(600),
                "강남구",
                "HIGH",
                true,
                List.of("LEGAL", "GUARDS"));
    }

    static Case newCase() {
        return Case.open(
                CaseId.random(),
                CaseNumber.of(2026, counter++),
                policeReferral(),
                "client:police",
                OPENED,
                new FirstContactDeadline(LocalDate.parse("2026-03-11"), 2));
    }

    static Case assigned() {
        var assigned = newCase();
        assigned.assignTo(
                MANAGER, LEAD, OPENED.plusSeconds(3600), new FirstContactDeadline(LocalDate.parse("2026-03-11"), 2));
        return assigned;
    }

    static Case contacted() {
        var contacted = assigned();
        contacted.recordFirstContact(MANAGER, OPENED.plusSeconds(7200), LocalDate.parse("2026-03-09"));
        return contacted;
    }

    static Case in(CaseStatus status) {
        var found = contacted();
        var path = switch (status) {
            case NEW -> throw new IllegalArgumentException("use newCase() or assigned()");
            case CONTACTED -> List.<CaseStatus>of();
            case ACTIVE -> List.of(CaseStatus.ACTIVE);
            case POST_MANAGEMENT -> List.of(CaseStatus.ACTIVE, CaseStatus.POST_MANAGEMENT);
            case CLOSED -> List.of(CaseStatus.ACTIVE, CaseStatus.POST_MANAGEMENT, CaseStatus.CLOSED);
        };
        path.forEach(to -> found.moveTo(to, MANAGER, "plan", OPENED.plusSeconds(10_000)));
        return found;
    }
}
