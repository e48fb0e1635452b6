package org.ansim.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The enabled case managers, for choosing whom a case goes to. */
@Component
public class CaseManagers {

    /** A case manager as a chooser shows her: username and name. */
    public record StaffMember(String username, String displayName) {}

    private final JdbcClient jdbc;

    CaseManagers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled staff with the CASE_MANAGER role, by name. */
    public List<StaffMember> all() {
        return jdbc.sql("""
                        SELECT username, display_name FROM identity_staff_user
                         WHERE role = :role AND enabled ORDER BY display_name, username""")
                .param("role", Role.CASE_MANAGER.name())
                .query((rs, n) -> new StaffMember(rs.getString("username"), rs.getString("display_name")))
                .list();
    }

    /** Each enabled case manager's name by username, for lists that store usernames and show names. */
    public java.util.Map<String, String> displayNames() {
        return all().stream()
                .collect(java.util.stream.Collectors.toMap(
                        StaffMember::username, StaffMember::displayName, (a, b) -> a));
    }

    /** Enabled staff with the CASE_MANAGER role, by username. */
    public List<String> usernames() {
        return all().stream().map(StaffMember::username).sorted().toList();
    }
}
