package org.ansim.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ansim.cases.CaseAssigned;
import org.ansim.cases.CaseOpened;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseStatusChanged;
import org.ansim.cases.FirstContactRecorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case's lifecycle rules, without Spring. */
class CaseLifecycleTests {

    @Test
    void anOpenedCaseIsNewAndAnnouncesItself() {
        var opened = CaseMother.newCase();

        assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(opened.caseManager()).isEmpty();
        assertThat(events(opened)).anyMatch(CaseOpened.class::isInstance);
        assertThat(events(opened))
                .anyMatch(e -> e instanceof TimelineLine line && line.kind().equals("OPENED"));
    }

    @Test
    void assigningSetsTheManagerAndTheFirstContactDeadline() {
        var found = CaseMother.newCase();

        found.assignTo(
                CaseMother.MANAGER,
                CaseMother.LEAD,
                CaseMother.OPENED,
                new FirstContactDeadline(LocalDate.parse("2026-03-12"), 2));

        assertThat(found.isAssignedTo(CaseMother.MANAGER)).isTrue();
        assertThat(found.firstContactDue()).isEqualTo(LocalDate.parse("2026-03-12"));
        assertThat(events(found))
                .filteredOn(CaseAssigned.class::isInstance)
                .singleElement()
                .extracting(e -> ((CaseAssigned) e).caseManager())
                .isEqualTo(CaseMother.MANAGER);
    }

    @Test
    void theFirstContactMakesANewCaseContacted() {
        var found = CaseMother.assigned();

        found.recordFirstContact(CaseMother.MANAGER, CaseMother.OPENED.plusSeconds(60), LocalDate.parse("2026-03-10"));

        assertThat(found.status()).isEqualTo(CaseStatus.CONTACTED);
        assertThat(events(found))
                .anyMatch(e -> e instanceof FirstContactRecorded recorded && !recorded.late())
                .anyMatch(e -> e instanceof CaseStatusChanged changed
                        && changed.from() == CaseStatus.NEW
                        && changed.to() == CaseStatus.CONTACTED);
    }

    @Test
    void aContactAfterTheDeadlineIsRecordedAsLate() {
        var found = CaseMother.assigned();

        found.recordFirstContact(CaseMother.MANAGER, CaseMother.OPENED, LocalDate.parse("2026-03-12"));

        assertThat(events(found)).anyMatch(e -> e instanceof FirstContactRecorded recorded && recorded.late());
    }

    @Test
    void onlyTheAssignedManagerRecordsTheFirstContactAndOnlyOnce() {
        var unassigned = CaseMother.newCase();
        assertThatThrownBy(() -> unassigned.recordFirstContact(CaseMother.MANAGER, CaseMother.OPENED, LocalDate.now()))
                .isInstanceOf(CaseRuleViolated.class)
                .hasMessageContaining("notAssigned");

        var assigned = CaseMother.assigned();
        assertThatThrownBy(() -> assigned.recordFirstContact("someone-else", CaseMother.OPENED, LocalDate.now()))
                .hasMessageContaining("notYourCase");

        var contacted = CaseMother.contacted();
        assertThatThrownBy(() -> contacted.recordFirstContact(CaseMother.MANAGER, CaseMother.OPENED, LocalDate.now()))
                .hasMessageContaining("alreadyContacted");
    }

    @Test
    void aCaseRunsItsWholeLifeAndReopens() {
        var found = CaseMother.contacted();

        found.moveTo(CaseStatus.ACTIVE, CaseMother.MANAGER, "plan agreed", CaseMother.OPENED);
        found.moveTo(CaseStatus.POST_MANAGEMENT, CaseMother.MANAGER, "goals met", CaseMother.OPENED);
        found.moveTo(CaseStatus.CLOSED, CaseMother.MANAGER, "follow-up done", CaseMother.OPENED);
        found.moveTo(CaseStatus.ACTIVE, CaseMother.MANAGER, "stalker came back", CaseMother.OPENED);

        assertThat(found.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(events(found))
                .filteredOn(CaseStatusChanged.class::isInstance)
                .extracting(e -> ((CaseStatusChanged) e).to())
                .containsExactly(
                        CaseStatus.CONTACTED,
                        CaseStatus.ACTIVE,
                        CaseStatus.POST_MANAGEMENT,
                        CaseStatus.CLOSED,
                        CaseStatus.ACTIVE);
    }

    @Test
    void aPostManagedCaseReopensToActive() {
        var found = CaseMother.in(CaseStatus.POST_MANAGEMENT);

        found.moveTo(CaseStatus.ACTIVE, CaseMother.LEAD, "new incident", CaseMother.OPENED);

        assertThat(found.status()).isEqualTo(CaseStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void aNewCaseMovesOnlyByItsFirstContact(CaseStatus to) {
        var found = CaseMother.assigned();

        assertThatThrownBy(() -> found.moveTo(to, CaseMother.LEAD, "skip", CaseMother.OPENED))
                .isInstanceOf(CaseRuleViolated.class);
        assertThat(found.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        assertRefused(CaseStatus.CONTACTED, CaseStatus.CLOSED);
        assertRefused(CaseStatus.CONTACTED, CaseStatus.POST_MANAGEMENT);
        assertRefused(CaseStatus.ACTIVE, CaseStatus.CLOSED);
        assertRefused(CaseStatus.ACTIVE, CaseStatus.CONTACTED);
        assertRefused(CaseStatus.ACTIVE, CaseStatus.ACTIVE);
        assertRefused(CaseStatus.CLOSED, CaseStatus.NEW);
        assertRefused(CaseStatus.CLOSED, CaseStatus.POST_MANAGEMENT);
        assertRefused(CaseStatus.POST_MANAGEMENT, CaseStatus.NEW);
    }

    @Test
    void aClosedCaseCannotBeAssignedAndBlankManagersAreRefused() {
        var closed = CaseMother.in(CaseStatus.CLOSED);
        assertThatThrownBy(() -> closed.assignTo("other", CaseMother.LEAD, CaseMother.OPENED, deadline()))
                .hasMessageContaining("closedCannotBeAssigned");

        var fresh = CaseMother.newCase();
        assertThatThrownBy(() -> fresh.assignTo(" ", CaseMother.LEAD, CaseMother.OPENED, deadline()))
                .hasMessageContaining("managerRequired");
        assertThatThrownBy(() -> fresh.assignTo("a\u0000b", CaseMother.LEAD, CaseMother.OPENED, deadline()))
                .hasMessageContaining("managerInvalid");
    }

    @Test
    void reassigningAContactedCaseKeepsItsDeadline() {
        var found = CaseMother.contacted();
        var due = found.firstContactDue();

        found.assignTo(
                "other-manager", CaseMother.LEAD, CaseMother.OPENED, new FirstContactDeadline(due.plusDays(30), 2));

        assertThat(found.isAssignedTo("other-manager")).isTrue();
        assertThat(found.firstContactDue()).isEqualTo(due);
    }

    private static void assertRefused(CaseStatus from, CaseStatus to) {
        var found = CaseMother.in(from);
        assertThatThrownBy(() -> found.moveTo(to, CaseMother.LEAD, "try", CaseMother.OPENED))
                .as("%s → %s", from, to)
                .isInstanceOf(CaseRuleViolated.class);
        assertThat(found.status()).isEqualTo(from);
    }

    private static FirstContactDeadline deadline() {
        return new FirstContactDeadline(LocalDate.parse("2026-03-11"), 2);
    }

    private static java.util.Collection<Object> events(Case found) {
        return new EventsOf(found).events();
    }

    /** Reads the events the aggregate registered, as Spring Data would on save. */
    static final class EventsOf {
        private final Case found;

        EventsOf(Case found) {
            this.found = found;
        }

        @SuppressWarnings("unchecked")
        java.util.Collection<Object> events() {
            try {
                var method =
                        org.springframework.data.domain.AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
                method.setAccessible(true);
                return (java.util.Collection<Object>) method.invoke(found);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
