package org.ansim.orders.internal;

import static org.ansim.orders.internal.OrderMother.LAW;
import static org.ansim.orders.internal.OrderMother.TODAY;
import static org.ansim.orders.internal.OrderMother.record;
import static org.ansim.orders.internal.OrderMother.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.ansim.orders.OrderKind;
import org.ansim.settings.PolicySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderRulesTests {

    @ParameterizedTest(name = "{0} {1}: at most {2}")
    @CsvSource({
        "EMERGENCY_MEASURE, '', 2026-12-20",
        "PROVISIONAL_MEASURE, 2, 2027-02-20",
        "PROVISIONAL_MEASURE, 3, 2027-02-20",
        "PROVISIONAL_MEASURE, 3-2, 2027-02-20",
        "PROVISIONAL_MEASURE, 4, 2026-12-20"
    })
    void eachKindLastsAtMostItsPeriodFromItsStart(OrderKind kind, String no, LocalDate latest) {
        var longest = record(terms(kind, no.isEmpty() ? null : no, TODAY, latest));
        assertThat(longest.endsOn()).isEqualTo(latest);

        assertThatThrownBy(() -> record(terms(kind, no.isEmpty() ? null : no, TODAY, latest.plusDays(1))))
                .isInstanceOfSatisfying(
                        OrderRejected.class, r -> assertThat(r.field()).isEqualTo("endsOn"));
    }

    @Test
    void aWrittenWarningHasNoLimitInLawAndNoExtension() {
        var warning = record(terms(OrderKind.PROVISIONAL_MEASURE, "1", TODAY, TODAY.plusYears(2)));

        assertThat(warning.maxExtensions()).isZero();
        assertThatThrownBy(() -> warning.extend(TODAY.plusYears(3), TODAY, "cm", Instant.now()))
                .isInstanceOfSatisfying(
                        OrderRuleViolated.class,
                        r -> assertThat(r.problemType()).isEqualTo("order-not-extendable"));
    }

    @Test
    void anEndBeforeTheStartIsImpossible() {
        assertThatThrownBy(() -> record(terms(OrderKind.EMERGENCY_MEASURE, null, TODAY, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(
                        OrderRejected.class, r -> assertThat(r.field()).isEqualTo("endsOn"));
    }

    @Test
    void aProvisionalMeasureNamesItsNumber() {
        assertThatThrownBy(() -> record(terms(OrderKind.PROVISIONAL_MEASURE, "5", TODAY, TODAY.plusDays(3))))
                .isInstanceOfSatisfying(
                        OrderRejected.class, r -> assertThat(r.field()).isEqualTo("provisionalNo"));
        assertThatThrownBy(() -> record(terms(OrderKind.EMERGENCY_MEASURE, "2", TODAY, TODAY.plusDays(3))))
                .isInstanceOfSatisfying(
                        OrderRejected.class, r -> assertThat(r.field()).isEqualTo("provisionalNo"));
    }

    @ParameterizedTest(name = "provisional {0}")
    @CsvSource({"2", "3", "3-2"})
    void provisionalMeasuresTwoThreeAndThreeTwoAreExtendedTwiceByThreeMonthsAtMost(String no) {
        var order = OrderMother.provisional(no, 3);
        var end = order.endsOn();

        assertThatThrownBy(() -> order.extend(end.plusMonths(3).plusDays(1), TODAY, "cm", Instant.now()))
                .isInstanceOfSatisfying(
                        OrderRejected.class, r -> assertThat(r.field()).isEqualTo("endsOn"));
        order.extend(end.plusMonths(3), TODAY, "cm", Instant.now());
        order.extend(end.plusMonths(6), TODAY, "cm", Instant.now());

        assertThat(order.extensions()).isEqualTo(2);
        assertThat(order.endsOn()).isEqualTo(TODAY.plusMonths(9));
        assertThatThrownBy(() -> order.extend(end.plusMonths(7), TODAY, "cm", Instant.now()))
                .isInstanceOfSatisfying(
                        OrderRuleViolated.class,
                        r -> assertThat(r.problemType()).isEqualTo("order-extension-limit"));
    }

    @Test
    void detentionAndEmergencyMeasuresAreNeverExtended() {
        var detention = OrderMother.provisional("4", 1);
        var emergency = record(terms(OrderKind.EMERGENCY_MEASURE, null, TODAY, TODAY.plusDays(10)));

        assertThatThrownBy(() -> detention.extend(TODAY.plusMonths(2), TODAY, "cm", Instant.now()))
                .isInstanceOf(OrderRuleViolated.class);
        assertThatThrownBy(() -> emergency.extend(TODAY.plusDays(20), TODAY, "cm", Instant.now()))
                .isInstanceOf(OrderRuleViolated.class);
    }

    @Test
    void aLapsedOrderIsNotExtended() {
        var order = OrderMother.provisional("2", 1);

        assertThatThrownBy(() -> order.extend(
                        order.endsOn().plusMonths(1), order.endsOn().plusDays(1), "cm", Instant.now()))
                .isInstanceOfSatisfying(
                        OrderRuleViolated.class,
                        r -> assertThat(r.problemType()).isEqualTo("order-lapsed"));
    }

    @Test
    void victimProtectionOrdersExistOnlyFromTheDateTheLawIsInForce() {
        var terms = terms(OrderKind.PROTECTION_ORDER, null, TODAY, TODAY.plusMonths(3));
        assertThatThrownBy(() -> record(terms))
                .isInstanceOfSatisfying(
                        OrderRuleViolated.class,
                        r -> assertThat(r.problemType()).isEqualTo("protection-order-not-in-force"));

        var inForceDay = LocalDate.of(2027, 4, 22);
        var later = OrderLimits.ofLaw(inForceDay);
        var order = record(terms(OrderKind.PROTECTION_ORDER, null, inForceDay, inForceDay.plusMonths(3)), later);
        assertThat(order.maxExtensions()).isEqualTo(2);
        assertThatThrownBy(() -> record(
                        terms(
                                OrderKind.PROTECTION_ORDER,
                                null,
                                inForceDay,
                                inForceDay.plusMonths(3).plusDays(1)),
                        later))
                .isInstanceOf(OrderRejected.class);
    }

    @Test
    void anEmergencyMeasureIsCancelledWhenTheJudgeHasNotApprovedItWithin48Hours() {
        var order = record(terms(OrderKind.EMERGENCY_MEASURE, null, TODAY, TODAY.plusDays(30)));
        var due = TODAY.atStartOfDay(PolicySettings.ZONE).toInstant().plus(Duration.ofHours(48));

        assertThat(order.approvalDueAt()).isEqualTo(due);
        assertThat(order.cancelUnlessApproved(due.minusSeconds(1))).isFalse();
        assertThat(order.cancelUnlessApproved(due)).isTrue();
        assertThat(order.stateOn(due)).isEqualTo(OrderState.CANCELLED);
        assertThat(order.cancelUnlessApproved(due.plusSeconds(5))).isFalse();
    }

    @Test
    void anApprovedEmergencyMeasureStaysInForce() {
        var order = record(terms(OrderKind.EMERGENCY_MEASURE, null, TODAY, TODAY.plusDays(30)));
        var approvedAt = order.approvalDueAt().minus(Duration.ofHours(1));
        order.approve(approvedAt, "cm");

        assertThat(order.cancelUnlessApproved(order.approvalDueAt().plusSeconds(1)))
                .isFalse();
        assertThat(order.stateOn(approvedAt)).isEqualTo(OrderState.IN_FORCE);
        assertThatThrownBy(() -> record(terms(OrderKind.EMERGENCY_MEASURE, null, TODAY, TODAY.plusDays(1)))
                        .approve(
                                TODAY.plusDays(3)
                                        .atStartOfDay(PolicySettings.ZONE)
                                        .toInstant(),
                                "cm"))
                .isInstanceOfSatisfying(
                        OrderRuleViolated.class,
                        r -> assertThat(r.problemType()).isEqualTo("emergency-approval-late"));
    }

    @Test
    void theExpiryWarningIsDueSevenDaysBeforeTheOrderLapses() {
        var order = OrderMother.provisional("2", 3);
        var lapse = order.endsOn().plusDays(1).atStartOfDay(PolicySettings.ZONE).toInstant();

        assertThat(order.lapsesAt()).isEqualTo(lapse);
        assertThat(order.warnAt()).isEqualTo(lapse.minus(Duration.ofDays(LAW.warningDays())));
        assertThat(order.expiringOn(order.warnAt().minusSeconds(1))).isFalse();
        assertThat(order.expiringOn(order.warnAt())).isTrue();
        assertThat(order.expiringOn(lapse)).isFalse();
        assertThat(order.stateOn(lapse)).isEqualTo(OrderState.LAPSED);
    }

    @Test
    void aViolationHappensWhileTheOrderIsInForce() {
        var order = OrderMother.provisional("2", 3);
        var now = order.startsAt().plus(Duration.ofDays(3));

        order.noteViolation(now.minusSeconds(3600), now, "cm");
        assertThatThrownBy(() -> order.noteViolation(order.startsAt().minusSeconds(1), now, "cm"))
                .isInstanceOfSatisfying(
                        OrderRejected.class, r -> assertThat(r.field()).isEqualTo("occurredAt"));
        assertThatThrownBy(() -> order.noteViolation(now.plus(Duration.ofDays(1)), now, "cm"))
                .isInstanceOfSatisfying(
                        OrderRejected.class, r -> assertThat(r.field()).isEqualTo("occurredAt"));
    }
}
