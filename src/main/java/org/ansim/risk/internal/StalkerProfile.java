package org.ansim.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedConverter;
import org.ansim.privacy.SealedKind;
import org.ansim.risk.StalkerTypology;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The profiler's assessment of a case's stalker: his type, prior reports, weapons and violence indicators, and — sealed —
 * his history and her recommendations. One per case, revised by the profiler.
 */
@Entity
@Table(name = "risk_stalker_profile")
public class StalkerProfile extends AbstractAggregateRoot<StalkerProfile> {

    public static final SealedKind<StalkerNarrative> NARRATIVE =
            SealedKind.json("stalker-narrative", StalkerNarrative.class);

    @Id
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StalkerTypology typology;

    @Column(nullable = false)
    private int priorReports;

    @Column(nullable = false)
    private boolean weapons;

    @Column(nullable = false)
    private boolean violence;

    @Convert(converter = NarrativeConverter.class)
    @Column(nullable = false)
    private Sealed<StalkerNarrative> narrative;

    @Column(nullable = false)
    private String updatedBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected StalkerProfile() {}

    /** Where the narrative of a case's profile is sealed: bound to the case, so it opens for no other record. */
    public static AssociatedData narrativeOf(CaseId caseId) {
        return AssociatedData.of("stalker-profile", caseId.value(), "narrative");
    }

    static StalkerProfile first(CaseId caseId) {
        var profile = new StalkerProfile();
        profile.caseId = caseId.value();
        return profile;
    }

    void revise(
            StalkerTypology typology,
            int priorReports,
            boolean weapons,
            boolean violence,
            Sealed<StalkerNarrative> narrative,
            String profiler,
            Instant at) {
        if (priorReports < 0 || priorReports > 1000) {
            throw new IllegalArgumentException("Prior reports are 0 to 1000");
        }
        this.typology = typology;
        this.priorReports = priorReports;
        this.weapons = weapons;
        this.violence = violence;
        this.narrative = narrative;
        this.updatedBy = profiler;
        this.updatedAt = at;
        registerEvent(new CaseActivityNoted(caseId(), "risk", "STALKER_PROFILED", typology.name(), profiler, at));
    }

    public CaseId caseId() {
        return new CaseId(caseId);
    }

    public StalkerTypology typology() {
        return typology;
    }

    public int priorReports() {
        return priorReports;
    }

    public boolean weapons() {
        return weapons;
    }

    public boolean violence() {
        return violence;
    }

    public Sealed<StalkerNarrative> narrative() {
        return narrative;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Maps the sealed narrative to its {@code bytea} column. */
    @jakarta.persistence.Converter
    public static class NarrativeConverter extends SealedConverter<StalkerNarrative> {
        public NarrativeConverter() {
            super(NARRATIVE);
        }
    }
}
