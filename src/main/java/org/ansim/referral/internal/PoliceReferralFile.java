package org.ansim.referral.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.Sealed;
import org.ansim.referral.PoliceReferral;
import org.ansim.referral.ReferralId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The police referral behind a case as the unit reads it: what the police said in the open, and the sealed parts
 * (victim, offender, details) still sealed, to be revealed one by one with a reason by whoever may see the case.
 */
@Component
public class PoliceReferralFile {

    /** The referral of one case. */
    public record Entry(
            ReferralId id,
            String policeAgency,
            String reportNumber,
            Instant reportedAt,
            Instant receivedAt,
            Instant consentObtainedAt,
            String consentMethod,
            List<String> consentPurposes,
            PoliceReferral.@Nullable RiskLevel policeRiskLevel,
            @Nullable Boolean guardRecommended,
            List<PoliceReferral.Behaviour> behaviours,
            List<PoliceReferral.Measure> measures,
            Sealed<ReceivePoliceReferral.SealedVictim> victim,
            Optional<Sealed<ReceivePoliceReferral.SealedOffender>> offender,
            Optional<Sealed<ReceivePoliceReferral.SealedDetails>> details) {

        public AssociatedData where(String field) {
            return ReceivePoliceReferral.where(id, field);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    PoliceReferralFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> findByCase(CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, police_agency, report_number, reported_at, received_at, consent_obtained_at,
                               consent_method, consent_purposes, police_risk_level, guard_recommended, behaviours,
                               measures, victim_sealed, offender_sealed, details_sealed
                          FROM referral_police_referral WHERE case_id = ?""")
                .param(caseId.value())
                .query((rs, n) -> new Entry(
                        new ReferralId(rs.getObject("id", UUID.class)),
                        rs.getString("police_agency"),
                        rs.getString("report_number"),
                        rs.getTimestamp("reported_at").toInstant(),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("consent_obtained_at").toInstant(),
                        rs.getString("consent_method"),
                        split(rs.getString("consent_purposes")),
                        rs.getString("police_risk_level") == null
                                ? null
                                : PoliceReferral.RiskLevel.valueOf(rs.getString("police_risk_level")),
                        rs.getObject("guard_recommended", Boolean.class),
                        split(rs.getString("behaviours")).stream()
                                .map(PoliceReferral.Behaviour::valueOf)
                                .toList(),
                        JSON.readValue(rs.getString("measures"), new TypeReference<List<PoliceReferral.Measure>>() {}),
                        Sealed.of(ReceivePoliceReferral.VICTIM, rs.getBytes("victim_sealed")),
                        Optional.ofNullable(rs.getBytes("offender_sealed"))
                                .map(bytes -> Sealed.of(ReceivePoliceReferral.OFFENDER, bytes)),
                        Optional.ofNullable(rs.getBytes("details_sealed"))
                                .map(bytes -> Sealed.of(ReceivePoliceReferral.DETAILS, bytes))))
                .optional();
    }

    private static List<String> split(@Nullable String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
