package org.ansim.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ansim.referral.PoliceReferral.Behaviour;
import org.ansim.referral.PoliceReferral.ConsentMethod;
import org.ansim.referral.PoliceReferral.MeasureKind;
import org.ansim.referral.PoliceReferral.Purpose;
import org.ansim.referral.PoliceReferral.Relationship;
import org.ansim.referral.PoliceReferral.RiskLevel;
import org.ansim.referral.PoliceReferral.Sex;

/** {@code POST /api/v1/referrals} exactly as INTERFACES.md gives it; unknown fields are ignored. */
record ReferralRequest(
        @NotBlank @Size(max = 60) String policeReportNumber,
        @NotBlank @Size(max = 100) String policeAgency,
        @NotNull @PastOrPresent OffsetDateTime reportedAt,
        @NotNull @Valid ConsentPart consent,
        @NotNull @Valid VictimPart victim,
        @Valid OffenderPart offender,
        @Valid IncidentPart incident,
        @Size(max = 20) List<@NotNull @Valid MeasurePart> measures,
        RiskLevel policeRiskLevel,
        Boolean guardRecommended,
        @Valid OfficerPart officer) {

    boolean consentRefused() {
        return consent != null
                && (Boolean.FALSE.equals(consent.given())
                        || consent.purposes() == null
                        || !consent.purposes().contains(Purpose.CASE_MANAGEMENT));
    }

    record ConsentPart(
            @NotNull Boolean given,
            @NotNull @PastOrPresent OffsetDateTime obtainedAt,
            @NotNull ConsentMethod method,
            @NotEmpty @Size(max = 3) List<@NotNull Purpose> purposes) {}

    record VictimPart(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Past LocalDate birthDate,
            @NotNull Sex sex,
            @Size(max = 30) String phone,
            @Valid AddressPart address,
            @Pattern(regexp = "[a-z]{2}") String preferredLanguage) {}

    record AddressPart(
            @NotBlank @Size(max = 20) String sido,
            @NotBlank @Size(max = 40) String sigungu,
            @Size(max = 200) String detail) {}

    record OffenderPart(
            @Size(max = 100) String name,
            Sex sex,
            @Min(1900) @Max(2100) Integer birthYear,
            Relationship relationship,
            @Size(max = 30) String phone,
            Boolean knowsVictimAddress,
            @Min(0) @Max(1000) Integer priorStalkingReports) {}

    record IncidentPart(
            @Size(max = 11) List<@NotNull Behaviour> behaviours,
            @PastOrPresent LocalDate firstOccurredOn,
            @PastOrPresent OffsetDateTime lastOccurredAt,
            @Size(max = 4000) String summary) {}

    record MeasurePart(
            @NotNull MeasureKind kind,
            @Pattern(regexp = "1|2|3|3-2|4") String provisionalNo,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Min(0) @Max(10_000) Integer approachBanMeters,
            Boolean telecomBan) {}

    record OfficerPart(
            @Size(max = 100) String name, @Size(max = 30) String phone) {}
}
