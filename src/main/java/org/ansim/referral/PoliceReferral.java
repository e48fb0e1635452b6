package org.ansim.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The police system's referral as INTERFACES.md defines it. Validated by the referral module before anything is
 * stored; never stored as such — what identifies the victim or the offender is sealed.
 */
public final class PoliceReferral {

    private PoliceReferral() {}

    public enum ConsentMethod {
        WRITTEN,
        ELECTRONIC,
        VERBAL_RECORDED
    }

    public enum Purpose {
        CASE_MANAGEMENT,
        SERVICE_REFERRAL,
        STATISTICS
    }

    public enum Sex {
        F,
        M,
        X
    }

    public enum RiskLevel {
        LOW,
        MEDIUM,
        HIGH
    }

    public enum Relationship {
        FORMER_INTIMATE_PARTNER,
        CURRENT_INTIMATE_PARTNER,
        FAMILY,
        COWORKER,
        ACQUAINTANCE,
        ONLINE_CONTACT,
        STRANGER,
        UNKNOWN
    }

    public enum Behaviour {
        FOLLOWING,
        WAITING_NEAR_HOME,
        WAITING_NEAR_WORK,
        APPROACHING,
        REPEATED_CONTACT,
        SENDING_ITEMS,
        ONLINE_STALKING,
        DAMAGING_PROPERTY,
        USING_PERSONAL_DATA,
        THREATS,
        OTHER
    }

    public enum MeasureKind {
        EMERGENCY_MEASURE,
        PROVISIONAL_MEASURE,
        PROTECTION_ORDER
    }

    /** A protective measure as the police reported it; the orders module takes it over. */
    public record Measure(
            MeasureKind kind,
            String provisionalNo,
            LocalDate startsOn,
            LocalDate endsOn,
            Integer approachBanMeters,
            Boolean telecomBan) {}

    /** How the victim agreed, without anything that identifies her. */
    public record Consent(OffsetDateTime obtainedAt, ConsentMethod method, List<Purpose> purposes) {}
}
