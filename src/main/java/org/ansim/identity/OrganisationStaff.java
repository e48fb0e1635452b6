package org.ansim.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The enabled staff of one organisation in one role, for choosing who does a piece of work there. */
@Component
public class OrganisationStaff {

    /** A staff member as a chooser shows her. */
    public record Member(String username, String displayName) {}

    private final JdbcClient jdbc;

    OrganisationStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled staff of {@code organisation} with {@code role}, by name. */
    public List<Member> of(OrganisationId organisation, Role role) {
        return jdbc.sql("""
                        SELECT username, display_name FROM identity_staff_user
                         WHERE organisation_id = :organisation AND role = :role AND enabled
                         ORDER BY display_name, username""")
                .param("organisation", (UUID) organisation.value())
                .param("role", role.name())
                .query((rs, n) -> new Member(rs.getString("username"), rs.getString("display_name")))
                .list();
    }
}
