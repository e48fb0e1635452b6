package org.ansim.settings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ansim.settings.SettingDefinition;
import org.ansim.settings.SettingKind;
import org.ansim.settings.internal.SettingChangeRefused.Refusal;
import org.junit.jupiter.api.Test;

class SettingChangeProposalTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static SettingDefinition hoursPerDay() {
        return definition("guards.hours-per-day", SettingKind.NUMBER, 1L, 24L);
    }

    static SettingDefinition followUpMonths() {
        return definition("postmanagement.follow-up-months", SettingKind.LIST, 1L, 60L);
    }

    static SettingDefinition protectionOrdersFrom() {
        return definition("orders.victim-protection-order-in-force-from", SettingKind.DATE, null, null);
    }

    static SettingDefinition definition(String key, SettingKind kind, Long min, Long max) {
        return new SettingDefinition(key, kind, "hours", min, max, "guards", "설명", "description", "MISSION.md");
    }

    @Test
    void aNumberWithinItsRangeFromTodayIsAcceptedAndNormalised() {
        var change = new SettingChangeProposal(" 08 ", TODAY.toString(), " more guards ").accept(hoursPerDay(), TODAY);

        assertThat(change.value()).isEqualTo("8");
        assertThat(change.validFrom()).isEqualTo(TODAY);
        assertThat(change.reason()).isEqualTo("more guards");
    }

    @Test
    void aNumberOutsideItsRangeIsRefusedOnTheValueField() {
        assertThatThrownBy(() -> new SettingChangeProposal("25", "2026-12-01", "why").accept(hoursPerDay(), TODAY))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals())
                                .containsExactly(Refusal.of("value", "settings.error.value.range", "1", "24")));
        assertThatThrownBy(() -> new SettingChangeProposal("0", "2026-12-01", "why").accept(hoursPerDay(), TODAY))
                .isInstanceOf(SettingChangeRefused.class);
    }

    @Test
    void textWhereANumberIsExpectedIsRefused() {
        assertThatThrownBy(() -> new SettingChangeProposal("ten", "2026-12-01", "why").accept(hoursPerDay(), TODAY))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals())
                                .extracting(Refusal::code)
                                .containsExactly("settings.error.value.number"));
    }

    @Test
    void aDayInThePastIsRefusedBecauseThePastIsNeverRewritten() {
        assertThatThrownBy(
                        () -> new SettingChangeProposal("8", TODAY.minusDays(1).toString(), "why")
                                .accept(hoursPerDay(), TODAY))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals())
                                .containsExactly(
                                        Refusal.of("validFrom", "settings.error.validFrom.past", "2026-11-22")));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        assertThatThrownBy(() -> new SettingChangeProposal("", "22/11/2026", " ").accept(hoursPerDay(), TODAY))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals())
                                .extracting(Refusal::field, Refusal::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("value", "settings.error.value.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "validFrom", "settings.error.validFrom.format"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "reason", "settings.error.reason.required")));
    }

    @Test
    void aListIsNormalisedAndEachItemCheckedAgainstTheRange() {
        assertThat(new SettingChangeProposal(" 1, 3 ,6,12", "2026-12-01", "why")
                        .accept(followUpMonths(), TODAY)
                        .value())
                .isEqualTo("1,3,6,12");
        assertThatThrownBy(() -> new SettingChangeProposal("1,,6", "2026-12-01", "why").accept(followUpMonths(), TODAY))
                .isInstanceOf(SettingChangeRefused.class);
        assertThatThrownBy(
                        () -> new SettingChangeProposal("1,3,61", "2026-12-01", "why").accept(followUpMonths(), TODAY))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals())
                                .extracting(Refusal::code)
                                .containsExactly("settings.error.value.listRange"));
    }

    @Test
    void aDateSettingTakesAnIsoDate() {
        assertThat(new SettingChangeProposal("2027-05-01", "2026-12-01", "why")
                        .accept(protectionOrdersFrom(), TODAY)
                        .value())
                .isEqualTo("2027-05-01");
        assertThatThrownBy(() -> new SettingChangeProposal("2027-02-30", "2026-12-01", "why")
                        .accept(protectionOrdersFrom(), TODAY))
                .isInstanceOf(SettingChangeRefused.class);
    }
}
