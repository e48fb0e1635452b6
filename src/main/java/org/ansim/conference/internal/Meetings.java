package org.ansim.conference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.conference.ConferenceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings, latest first. */
@Repository
public class Meetings {

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the meeting; a regular meeting at a time one already has is not inserted twice. */
    boolean insert(Meeting meeting, Instant now) {
        return jdbc.sql("""
                        INSERT INTO conference_meeting (id, scheduled_at, regular, status, scheduled_by, created_at)
                        VALUES (:id, :at, :regular, :status, :by, :now)
                        ON CONFLICT DO NOTHING""")
                        .param("id", meeting.id().value())
                        .param("at", Timestamp.from(meeting.scheduledAt()))
                        .param("regular", meeting.regular())
                        .param("status", meeting.status().name())
                        .param("by", meeting.scheduledBy())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void held(ConferenceId id, String by, Instant at) {
        jdbc.sql("UPDATE conference_meeting SET status = 'HELD', held_at = :at, held_by = :by WHERE id = :id")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public Optional<Meeting> find(ConferenceId id) {
        return jdbc.sql("SELECT * FROM conference_meeting WHERE id = :id")
                .param("id", id.value())
                .query(Meetings::meeting)
                .optional();
    }

    /** The meeting, locked until the transaction ends (one agenda refresh at a time). */
    Optional<Meeting> findForUpdate(ConferenceId id) {
        return jdbc.sql("SELECT * FROM conference_meeting WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Meetings::meeting)
                .optional();
    }

    /** A page of meetings, latest first. */
    public List<Meeting> page(int offset, int limit) {
        return jdbc.sql("SELECT * FROM conference_meeting ORDER BY scheduled_at DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(Meetings::meeting)
                .list();
    }

    public List<Meeting> scheduled() {
        return jdbc.sql("SELECT * FROM conference_meeting WHERE status = 'SCHEDULED' ORDER BY scheduled_at")
                .query(Meetings::meeting)
                .list();
    }

    Optional<Instant> findLastRegular() {
        return jdbc.sql("SELECT max(scheduled_at) FROM conference_meeting WHERE regular")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        return new Meeting(
                new ConferenceId(rs.getObject("id", UUID.class)),
                rs.getTimestamp("scheduled_at").toInstant(),
                rs.getBoolean("regular"),
                Meeting.Status.valueOf(rs.getString("status")),
                rs.getString("scheduled_by"),
                Optional.ofNullable(rs.getTimestamp("held_at"))
                        .map(Timestamp::toInstant)
                        .orElse(null));
    }
}
