package org.ansim.conference.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.conference.ConferenceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who was at a meeting: the unit's experts by role and username, and the network's guests by name and organisation. */
@Service
public class Attendance {

    /** The unit's roles that sit at the conference. */
    public static final Set<String> EXPERT_ROLES = Set.of("UNIT_LEAD", "CASE_MANAGER", "PROFILER");

    public static final int MAX_TEXT = 100;

    /** One attendee: an expert ({@code role} and {@code username}) or a guest ({@code name} and {@code organisation}). */
    public record Attendee(
            UUID id,
            @Nullable String role,
            @Nullable String username,
            @Nullable String guestName,
            @Nullable String organisation) {

        public boolean guest() {
            return guestName != null;
        }
    }

    private final Meetings meetings;
    private final JdbcClient jdbc;
    private final Clock clock;

    Attendance(Meetings meetings, JdbcClient jdbc, Clock clock) {
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public UUID expert(ConferenceId id, String role, String username, String by) {
        if (!EXPERT_ROLES.contains(role)) {
            throw new ConferenceRuleViolated(
                    "conference.error.role", "An expert is a unit lead, case manager or profiler");
        }
        requireText(username);
        return insert(id, role, username.strip(), null, null, by);
    }

    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public UUID guest(ConferenceId id, String name, String organisation, String by) {
        requireText(name);
        requireText(organisation);
        return insert(id, null, null, name.strip(), organisation.strip(), by);
    }

    public List<Attendee> of(ConferenceId id) {
        return jdbc.sql("""
                        SELECT id, role, staff_username, guest_name, organisation FROM conference_attendance
                         WHERE conference_id = :c ORDER BY guest_name NULLS FIRST, role, staff_username, guest_name""")
                .param("c", id.value())
                .query((rs, n) -> new Attendee(
                        rs.getObject("id", UUID.class),
                        rs.getString("role"),
                        rs.getString("staff_username"),
                        rs.getString("guest_name"),
                        rs.getString("organisation")))
                .list();
    }

    private UUID insert(
            ConferenceId id,
            @Nullable String role,
            @Nullable String username,
            @Nullable String name,
            @Nullable String organisation,
            String by) {
        meetings.find(id).orElseThrow(() -> new ConferenceNotFound("conference"));
        var attendee = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO conference_attendance
                            (id, conference_id, role, staff_username, guest_name, organisation, recorded_by, recorded_at)
                        VALUES (:id, :c, :role, :username, :name, :organisation, :by, :at)""")
                .param("id", attendee)
                .param("c", id.value())
                .param("role", role)
                .param("username", username)
                .param("name", name)
                .param("organisation", organisation)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return attendee;
    }

    static void requireText(String text) {
        var stripped = text.strip();
        if (stripped.isEmpty()
                || stripped.length() > MAX_TEXT
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new ConferenceRuleViolated("conference.error.text", "1 to " + MAX_TEXT + " characters");
        }
    }
}
