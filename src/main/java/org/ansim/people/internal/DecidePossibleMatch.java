package org.ansim.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseId;
import org.ansim.people.PossibleMatch;
import org.ansim.people.PossibleMatchId;
import org.ansim.people.PossibleMatchStatus;
import org.ansim.people.VictimMatchDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case manager answers "same person?". Confirming links the new case to the earlier person (the new person is
 * merged into her); rejecting keeps them apart for good. Only a question of a case the caller may see is answered.
 */
@Service
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
public class DecidePossibleMatch {

    private final MatchQuestionRepository questions;
    private final PeopleRecords people;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecidePossibleMatch(
            MatchQuestionRepository questions,
            PeopleRecords people,
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.questions = questions;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** {@code seenFrom} is the case the caller looked at; the question must involve it. */
    @Transactional
    public PossibleMatch confirm(CaseId seenFrom, PossibleMatchId id, String by) {
        var question = question(seenFrom, id);
        var now = clock.instant();
        question.confirm(by, now);
        questions.saveAndFlush(question);
        jdbc.sql("UPDATE people_victim_case SET person_id = ?, linked_at = ? WHERE person_id = ?")
                .params(
                        question.existingPerson().value(),
                        Timestamp.from(now),
                        question.person().value())
                .update();
        jdbc.sql("UPDATE people_person SET merged_into = ? WHERE id = ?")
                .params(question.existingPerson().value(), question.person().value())
                .update();
        audit.record(AuditAction.CHANGE, AuditSubject.of("possible-match", id.value()), "confirmed: same person");
        events.publishEvent(new VictimMatchDecided(
                id, question.caseId(), question.existingPerson(), PossibleMatchStatus.CONFIRMED, by));
        return people.possibleMatch(seenFrom, id).orElseThrow();
    }

    @Transactional
    public PossibleMatch reject(CaseId seenFrom, PossibleMatchId id, String by) {
        var question = question(seenFrom, id);
        question.reject(by, clock.instant());
        questions.saveAndFlush(question);
        audit.record(
                AuditAction.CHANGE, AuditSubject.of("possible-match", id.value()), "rejected: not the same person");
        events.publishEvent(
                new VictimMatchDecided(id, question.caseId(), question.person(), PossibleMatchStatus.REJECTED, by));
        return people.possibleMatch(seenFrom, id).orElseThrow();
    }

    private MatchQuestion question(CaseId seenFrom, PossibleMatchId id) {
        if (people.possibleMatch(seenFrom, id).isEmpty()) {
            throw new PossibleMatchNotFound();
        }
        return questions.findById(id.value()).orElseThrow(PossibleMatchNotFound::new);
    }
}
