package org.ansim.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseAssigned;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseOpened;
import org.ansim.cases.CaseRef;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseStatusChanged;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.Channel;
import org.ansim.cases.FirstContactRecorded;
import org.ansim.cases.OpenCase;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A stalking victim's case. It guards its lifecycle (new → contacted → active → post-management → closed; a closed or
 * post-managed case reopens to active), its assignment and the first-contact deadline, and registers a past-tense
 * event for every change.
 */
@Entity
@Table(name = "cases_case")
public class Case extends AbstractAggregateRoot<Case> {

    /** The moves {@link #moveTo} allows; new → contacted only by {@link #recordFirstContact}. */
    static final Map<CaseStatus, Set<CaseStatus>> MOVES = Map.of(
            CaseStatus.NEW, EnumSet.noneOf(CaseStatus.class),
            CaseStatus.CONTACTED, EnumSet.of(CaseStatus.ACTIVE),
            CaseStatus.ACTIVE, EnumSet.of(CaseStatus.POST_MANAGEMENT),
            CaseStatus.POST_MANAGEMENT, EnumSet.of(CaseStatus.CLOSED, CaseStatus.ACTIVE),
            CaseStatus.CLOSED, EnumSet.of(CaseStatus.ACTIVE));

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(nullable = false)
    private Instant statusChangedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    private @Nullable String channelReference;

    @Column(nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private Instant openedAt;

    private @Nullable String district;

    private @Nullable String policeRiskLevel;

    private @Nullable Boolean guardRecommended;

    @Column(nullable = false)
    private String servicesWanted;

    private @Nullable String caseManager;

    private @Nullable String assignedBy;

    private @Nullable Instant assignedAt;

    @Column(nullable = false)
    private LocalDate firstContactDue;

    @Column(nullable = false)
    private int firstContactWorkingDays;

    private @Nullable Instant firstContactedAt;

    private boolean underConference;

    @Version
    private Long version;

    protected Case() {
        // for JPA
    }

    private Case(CaseId id, CaseNumber number, OpenCase command, Instant now, FirstContactDeadline deadline) {
        this.id = id.value();
        this.number = number.value();
        this.status = CaseStatus.NEW;
        this.statusChangedAt = now;
        this.channel = command.channel();
        this.channelReference = command.channelReference();
        this.receivedAt = command.receivedAt();
        this.openedAt = now;
        this.district = blankToNull(command.district());
        this.policeRiskLevel = command.policeRiskLevel();
        this.guardRecommended = command.guardRecommended();
        this.servicesWanted = String.join(",", command.servicesWanted());
        this.firstContactDue = deadline.due();
        this.firstContactWorkingDays = deadline.workingDays();
    }

    /** Opens a new case; its first contact is due {@code deadline} from opening until it is assigned. */
    static Case open(
            CaseId id, CaseNumber number, OpenCase command, String actor, Instant now, FirstContactDeadline deadline) {
        var opened = new Case(id, number, command, now, deadline);
        opened.registerEvent(new CaseOpened(id, number, command.channel(), now));
        opened.note(TimelineLine.OPENED, actor, command.channel().name(), now);
        return opened;
    }

    /**
     * The unit lead gives the case to a case manager; the first contact is due {@code deadline} from now. A case may be
     * reassigned while it is not closed; the deadline is reset only while the victim has not been contacted yet.
     */
    void assignTo(String manager, String unitLead, Instant now, FirstContactDeadline deadline) {
        if (manager == null || manager.isBlank()) {
            throw new CaseRuleViolated("cases.error.managerRequired");
        }
        if (manager.length() > 100 || hasControlCharacters(manager)) {
            throw new CaseRuleViolated("cases.error.managerInvalid");
        }
        if (status == CaseStatus.CLOSED) {
            throw new CaseRuleViolated("cases.error.closedCannotBeAssigned");
        }
        if (manager.equals(caseManager)) {
            throw new CaseRuleViolated("cases.error.alreadyAssigned");
        }
        this.caseManager = manager;
        this.assignedBy = unitLead;
        this.assignedAt = now;
        if (status == CaseStatus.NEW) {
            this.firstContactDue = deadline.due();
            this.firstContactWorkingDays = deadline.workingDays();
        }
        registerEvent(new CaseAssigned(id(), number(), manager, unitLead, firstContactDue, now));
        note(TimelineLine.ASSIGNED, unitLead, manager + " " + firstContactDue, now);
    }

    /** The assigned case manager reached the victim: a new case becomes contacted. */
    void recordFirstContact(String by, Instant now, LocalDate today) {
        if (caseManager == null) {
            throw new CaseRuleViolated("cases.error.notAssigned");
        }
        if (!caseManager.equals(by)) {
            throw new CaseRuleViolated("cases.error.notYourCase");
        }
        if (status != CaseStatus.NEW) {
            throw new CaseRuleViolated("cases.error.alreadyContacted");
        }
        var late = today.isAfter(firstContactDue);
        this.firstContactedAt = now;
        registerEvent(new FirstContactRecorded(id(), number(), by, late, now));
        note(TimelineLine.CONTACT_RECORDED, by, late ? "LATE" : "ON_TIME", now);
        changeStatus(CaseStatus.CONTACTED, by, null, now);
    }

    /** Moves the case along its lifecycle, or reopens it; refuses every other move. */
    void moveTo(CaseStatus to, String by, @Nullable String reason, Instant now) {
        if (!MOVES.get(status).contains(to)) {
            throw new CaseRuleViolated(
                    status == CaseStatus.NEW && to == CaseStatus.CONTACTED
                            ? "cases.error.contactThroughContact"
                            : "cases.error.illegalMove",
                    status,
                    to);
        }
        changeStatus(to, by, reason, now);
    }

    /** A note was written by staff (its text is sealed elsewhere; the timeline only says that there is one). */
    void noteWritten(String by, Instant now) {
        note(TimelineLine.NOTE_ADDED, by, null, now);
    }

    void placeUnderConference(boolean under, Instant now) {
        if (under != underConference) {
            this.underConference = under;
            note(under ? TimelineLine.UNDER_CONFERENCE : TimelineLine.CONFERENCE_RELEASED, null, null, now);
        }
    }

    private void changeStatus(CaseStatus to, String by, @Nullable String reason, Instant now) {
        var from = status;
        this.status = to;
        this.statusChangedAt = now;
        registerEvent(new CaseStatusChanged(id(), number(), from, to, now));
        var detail = from + "→" + to;
        note(
                TimelineLine.STATUS_CHANGED,
                by,
                reason == null || reason.isBlank() ? detail : detail + " " + reason.strip(),
                now);
    }

    private void note(String kind, @Nullable String actor, @Nullable String detail, Instant at) {
        registerEvent(new TimelineLine(id(), "cases", kind, actor, detail, at));
    }

    public CaseId id() {
        return new CaseId(id);
    }

    public CaseNumber number() {
        return new CaseNumber(number);
    }

    public CaseRef ref() {
        return new CaseRef(id(), number());
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<String> caseManager() {
        return Optional.ofNullable(caseManager);
    }

    public boolean isAssignedTo(String username) {
        return username.equals(caseManager);
    }

    public boolean underConference() {
        return underConference;
    }

    public LocalDate firstContactDue() {
        return firstContactDue;
    }

    public Optional<Instant> firstContactedAt() {
        return Optional.ofNullable(firstContactedAt);
    }

    public List<String> servicesWanted() {
        return servicesWanted.isEmpty() ? List.of() : Arrays.asList(servicesWanted.split(","));
    }

    public CaseSummary summary() {
        return new CaseSummary(
                id(),
                number(),
                status,
                statusChangedAt,
                channel,
                district,
                policeRiskLevel,
                caseManager(),
                openedAt,
                firstContactDue,
                firstContactedAt());
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
