package org.ansim.orders.internal;

import java.time.Clock;
import java.time.Instant;
import org.ansim.orders.OrderKind;
import org.ansim.referral.PoliceReferral;
import org.ansim.referral.PoliceReferralReceived;
import org.ansim.settings.PolicySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The measures a police referral carries land here as orders, once each (keyed by referral and position): a redelivered
 * event adds nothing. They are checked by the same rules as staff's entries (the limits in force today); one the rules
 * refuse (an end before its start, longer than the law allows) is not recorded and is logged, without personal data,
 * for the unit to take up with the police.
 */
@Component
class TakeMeasuresFromReferrals {

    private static final Logger log = LoggerFactory.getLogger(TakeMeasuresFromReferrals.class);

    private final Orders orders;
    private final OrderDeadlines deadlines;
    private final PolicySettings settings;
    private final Clock clock;

    TakeMeasuresFromReferrals(Orders orders, OrderDeadlines deadlines, PolicySettings settings, Clock clock) {
        this.orders = orders;
        this.deadlines = deadlines;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PoliceReferralReceived referral) {
        var measures = referral.measures();
        if (measures == null) {
            return;
        }
        var limits = OrderLimits.on(settings, settings.today());
        for (int i = 0; i < measures.size(); i++) {
            var measure = measures.get(i);
            var key = ProtectiveOrder.REFERRAL_SOURCE + referral.referralId().value() + ":" + i;
            if (measure == null || orders.findBySourceKey(key).isPresent()) {
                continue;
            }
            var terms = terms(measure);
            ProtectiveOrder order;
            try {
                order = ProtectiveOrder.record(
                        referral.caseId(),
                        referral.caseNumber().value(),
                        terms,
                        limits,
                        key,
                        "police:" + referral.policeAgency(),
                        clock.instant());
            } catch (OrderRejected | OrderRuleViolated refused) {
                log.warn(
                        "A measure of the referral for case {} is outside the rules and was not recorded: {}",
                        referral.caseNumber(),
                        refused.getMessage());
                continue;
            }
            deadlines.schedule(orders.save(order));
        }
    }

    private static MeasureTerms terms(PoliceReferral.Measure measure) {
        Instant approvedAt = null; // a referral does not say whether a judge approved an emergency measure
        return new MeasureTerms(
                OrderKind.valueOf(measure.kind().name()),
                measure.provisionalNo(),
                measure.startsOn(),
                measure.endsOn(),
                measure.approachBanMeters(),
                measure.telecomBan(),
                approvedAt);
    }
}
