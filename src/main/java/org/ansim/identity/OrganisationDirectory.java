package org.ansim.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisations Ansim knows, by kind and name: for choosing with whom the victim agreed to share. */
@Component
public class OrganisationDirectory {

    /** An organisation as a chooser or a list shows it. */
    public record Entry(OrganisationId id, String name, OrganisationKind kind) {}

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> all() {
        return jdbc.sql("SELECT id, name, kind FROM identity_organisation ORDER BY kind, name")
                .query((rs, n) -> new Entry(
                        new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind"))))
                .list();
    }

    public Optional<Entry> find(OrganisationId id) {
        return all().stream().filter(entry -> entry.id().equals(id)).findFirst();
    }
}
