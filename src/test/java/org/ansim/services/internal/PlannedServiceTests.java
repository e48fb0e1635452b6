package org.ansim.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralId;
import org.ansim.services.ServiceState;
import org.junit.jupiter.api.Test;

/** A service of the plan on its own: its path, and the victim's choice that nothing overrides. */
class PlannedServiceTests {

    static final Instant NOW = Instant.parse("2026-01-05T01:00:00Z");

    static PlannedService wantedCounselling() {
        return PlannedService.wanted(CaseId.random(), ServiceKind.COUNSELLING, "APPLICATION", NOW);
    }

    @Test
    void aWantedServiceGoesReferredAcceptedInProgressCompleted() {
        var service = wantedCounselling();

        service.referred("demo-case-manager", NOW);
        service.accepted("demo-provider", NOW);
        service.delivered(new ServiceReferralId(java.util.UUID.randomUUID()), "demo-provider", NOW);
        service.complete("demo-case-manager", NOW);

        assertThat(service.state()).isEqualTo(ServiceState.COMPLETED);
    }

    @Test
    void aServiceSheDeclinedIsNeitherReferredNorDelivered() {
        var service = wantedCounselling();
        service.declineByVictim("원하지 않음", "demo-case-manager", NOW);

        assertThatThrownBy(() -> service.referred("demo-case-manager", NOW))
                .isInstanceOf(ServiceRuleViolated.class)
                .extracting(e -> ((ServiceRuleViolated) e).type())
                .isEqualTo("declined-by-victim");
        assertThatThrownBy(() ->
                        service.delivered(new ServiceReferralId(java.util.UUID.randomUUID()), "demo-provider", NOW))
                .isInstanceOf(ServiceRuleViolated.class);
        assertThat(service.state()).isEqualTo(ServiceState.DECLINED_BY_VICTIM);
    }

    @Test
    void aServiceInProgressSheStopsStaysStoppedUntilSheAsksAgain() {
        var service = wantedCounselling();
        service.referred("demo-case-manager", NOW);
        service.stopByVictim("그만하고 싶다고 함", "demo-case-manager", NOW);

        assertThatThrownBy(() -> service.stopByVictim("again", "demo-case-manager", NOW))
                .isInstanceOf(ServiceRuleViolated.class);
        service.wantedAgainByVictim("demo-case-manager", NOW);

        assertThat(service.state()).isEqualTo(ServiceState.WANTED);
    }

    @Test
    void aServiceAlreadyReferredIsNotReferredTwice() {
        var service = wantedCounselling();
        service.referred("demo-case-manager", NOW);

        assertThatThrownBy(() -> service.referred("demo-case-manager", NOW))
                .isInstanceOf(ServiceRuleViolated.class)
                .extracting(e -> ((ServiceRuleViolated) e).type())
                .isEqualTo("service-state");
    }
}
