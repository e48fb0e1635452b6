package org.ansim.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseRef;
import org.ansim.people.LinkStrength;
import org.ansim.people.LinkedCase;
import org.ansim.people.People;
import org.ansim.people.PersonId;
import org.ansim.people.PossibleMatch;
import org.ansim.people.PossibleMatchId;
import org.ansim.people.PossibleMatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads who the victim of a case is, her possible matches and the cases of the same offender. */
@Service
public class PeopleRecords implements People {

    private final JdbcClient jdbc;

    PeopleRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonId> victimOf(CaseId caseId) {
        return jdbc.sql("SELECT person_id FROM people_victim_case WHERE case_id = ?")
                .param(caseId.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedCase> offendersLinkedTo(CaseId caseId) {
        return jdbc.sql("""
                        SELECT l.linked_case_id, o.case_number, l.strength
                        FROM people_offender_link l JOIN people_offender o ON o.case_id = l.linked_case_id
                        WHERE l.case_id = ?
                        ORDER BY CASE l.strength WHEN 'STRONG' THEN 0 ELSE 1 END, o.created_at""")
                .param(caseId.value())
                .query((rs, n) -> new LinkedCase(
                        new CaseId(rs.getObject(1, UUID.class)),
                        new CaseNumber(rs.getString(2)),
                        LinkStrength.valueOf(rs.getString(3))))
                .list();
    }

    /**
     * Questions asked about this case's victim (this case is the new one) and questions where her person is the
     * earlier one; the other side's cases in each.
     */
    @Override
    @Transactional(readOnly = true)
    public List<PossibleMatch> possibleMatchesFor(CaseId caseId) {
        var asNew = jdbc.sql("""
                        SELECT * FROM people_possible_match WHERE case_id = ?""")
                .param(caseId.value())
                .query((rs, n) -> read(rs, true))
                .list();
        var asExisting = jdbc.sql("""
                        SELECT m.* FROM people_possible_match m
                        JOIN people_victim_case v ON v.person_id = m.existing_person_id
                        WHERE v.case_id = ? AND m.case_id <> ?""")
                .params(caseId.value(), caseId.value())
                .query((rs, n) -> read(rs, false))
                .list();
        return Stream.concat(asNew.stream(), asExisting.stream())
                .map(pending -> withOtherCases(pending, caseId))
                .sorted(Comparator.comparing((Pending p) -> p.status() != PossibleMatchStatus.OPEN)
                        .thenComparing(Pending::foundAt))
                .map(Pending::match)
                .toList();
    }

    Optional<PossibleMatch> possibleMatch(CaseId caseId, PossibleMatchId id) {
        return possibleMatchesFor(caseId).stream()
                .filter(match -> match.id().equals(id))
                .findFirst();
    }

    private Pending read(ResultSet rs, boolean fromNewSide) throws SQLException {
        var decidedAt = rs.getTimestamp("decided_at");
        var match = new PossibleMatch(
                new PossibleMatchId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                new PersonId(rs.getObject("existing_person_id", UUID.class)),
                List.of(),
                MatchQuestion.keysOf(rs.getString("matched_keys")),
                rs.getInt("score"),
                PossibleMatchStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("found_at").toInstant(),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant());
        return new Pending(match, fromNewSide ? null : new CaseId(rs.getObject("case_id", UUID.class)));
    }

    /** The other side: for the new case, the earlier person's cases; for an earlier case, the new case. */
    private Pending withOtherCases(Pending pending, CaseId seenFrom) {
        var m = pending.match();
        List<CaseRef> others = pending.newCase() == null
                ? jdbc.sql("""
                                SELECT case_id, case_number FROM people_victim_case
                                WHERE person_id = ? ORDER BY linked_at""")
                        .param(m.existingPerson().value())
                        .query((rs, n) ->
                                new CaseRef(new CaseId(rs.getObject(1, UUID.class)), new CaseNumber(rs.getString(2))))
                        .list()
                : jdbc.sql("SELECT case_id, case_number FROM people_victim_case WHERE case_id = ?")
                        .param(pending.newCase().value())
                        .query((rs, n) ->
                                new CaseRef(new CaseId(rs.getObject(1, UUID.class)), new CaseNumber(rs.getString(2))))
                        .list();
        others = others.stream().filter(ref -> !ref.id().equals(seenFrom)).toList();
        return new Pending(
                new PossibleMatch(
                        m.id(),
                        m.person(),
                        m.existingPerson(),
                        others,
                        m.matchedKeys(),
                        m.score(),
                        m.status(),
                        m.foundAt(),
                        m.decidedBy(),
                        m.decidedAt()),
                pending.newCase());
    }

    private record Pending(PossibleMatch match, CaseId newCase) {
        PossibleMatchStatus status() {
            return match.status();
        }

        java.time.Instant foundAt() {
            return match.foundAt();
        }
    }
}
