package org.ansim.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The usernames of the enabled case managers, for choosing whom a case goes to. */
@Component
public class CaseManagers {

    private final JdbcClient jdbc;

    CaseManagers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled staff with the CASE_MANAGER role, by username. */
    public List<String> usernames() {
        return jdbc.sql("SELECT username FROM identity_staff_user WHERE role = :role AND enabled ORDER BY username")
                .param("role", Role.CASE_MANAGER.name())
                .query(String.class)
                .list();
    }
}
