package org.ansim.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.identity.OrganisationId;
import org.junit.jupiter.api.Test;

/** The consent's own rules, without Spring. */
class ConsentTests {

    static final CaseId CASE = new CaseId(UUID.randomUUID());
    static final OrganisationId COUNSELLING = new OrganisationId(UUID.randomUUID());
    static final OrganisationId LAWYER = new OrganisationId(UUID.randomUUID());

    @Test
    void sharingCoversOnlyTheOrganisationsTheVictimNamed() {
        var sharing = Consent.give(
                CASE,
                ConsentPurpose.SERVICE_REFERRAL,
                Set.of(COUNSELLING),
                Instant.now(),
                ConsentMethod.WRITTEN,
                "staff");

        assertThat(sharing.covers(ConsentPurpose.SERVICE_REFERRAL, COUNSELLING)).isTrue();
        assertThat(sharing.covers(ConsentPurpose.SERVICE_REFERRAL, LAWYER)).isFalse();
        assertThat(sharing.covers(ConsentPurpose.STATISTICS, null)).isFalse();
    }

    @Test
    void aWithdrawnConsentCoversNothingAndSaysSo() {
        var consent = Consent.give(
                CASE, ConsentPurpose.CASE_MANAGEMENT, Set.of(), Instant.now(), ConsentMethod.VERBAL_RECORDED, "police");

        consent.withdraw(Instant.now(), "demo-case-manager", "by phone");

        assertThat(consent.covers(ConsentPurpose.CASE_MANAGEMENT, null)).isFalse();
    }

    @Test
    void aConsentIsWithdrawnOnce() {
        var consent = Consent.give(
                CASE, ConsentPurpose.STATISTICS, Set.of(), Instant.now(), ConsentMethod.ELECTRONIC, "online");
        consent.withdraw(Instant.now(), "victim", "app");

        assertThatThrownBy(() -> consent.withdraw(Instant.now(), "victim", "app"))
                .isInstanceOf(ConsentRefused.class);
    }

    @Test
    void onlySharingNamesOrganisations() {
        assertThatThrownBy(() -> Consent.give(
                        CASE, ConsentPurpose.STATISTICS, Set.of(LAWYER), Instant.now(), ConsentMethod.WRITTEN, "x"))
                .isInstanceOf(ConsentRefused.class);
    }
}
