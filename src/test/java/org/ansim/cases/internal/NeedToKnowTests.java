package org.ansim.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.identity.StaffUserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may see a case, role by role. */
class NeedToKnowTests {

    @Test
    void everyUnitLeadSeesEveryCase() {
        assertThat(NeedToKnow.maySee(CaseMother.newCase(), staff("any-lead", Role.UNIT_LEAD)))
                .isTrue();
    }

    @Test
    void aCaseManagerSeesOnlyTheCasesAssignedToHer() {
        var assigned = CaseMother.assigned();

        assertThat(NeedToKnow.maySee(assigned, staff(CaseMother.MANAGER, Role.CASE_MANAGER)))
                .isTrue();
        assertThat(NeedToKnow.maySee(assigned, staff("another-manager", Role.CASE_MANAGER)))
                .isFalse();
        assertThat(NeedToKnow.maySee(CaseMother.newCase(), staff(CaseMother.MANAGER, Role.CASE_MANAGER)))
                .isFalse();
    }

    @Test
    void theProfilerSeesACaseOnlyWhileItIsUnderConference() {
        var found = CaseMother.assigned();
        var profiler = staff("profiler", Role.PROFILER);
        assertThat(NeedToKnow.maySee(found, profiler)).isFalse();

        found.placeUnderConference(true, Instant.now());
        assertThat(NeedToKnow.maySee(found, profiler)).isTrue();

        found.placeUnderConference(false, Instant.now());
        assertThat(NeedToKnow.maySee(found, profiler)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"UNIT_LEAD", "CASE_MANAGER", "PROFILER"},
            mode = EnumSource.Mode.EXCLUDE)
    void nobodyElseSeesACaseEvenNamedAsItsManagerOrUnderConference(Role role) {
        var found = CaseMother.assigned();
        found.placeUnderConference(true, Instant.now());

        assertThat(NeedToKnow.maySee(found, staff(CaseMother.MANAGER, role))).isFalse();
    }

    static StaffPrincipal staff(String username, Role role) {
        return new StaffPrincipal(
                StaffUserId.random(),
                username,
                username,
                role,
                new OrganisationId(UUID.randomUUID()),
                "서울시 스토킹피해자 통합지원단",
                false);
    }
}
