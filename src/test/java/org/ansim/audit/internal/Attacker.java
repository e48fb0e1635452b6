package org.ansim.audit.internal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Someone with direct access to the database who switches the append-only triggers off for their session, as a
 * superuser can ({@code SET session_replication_role = replica}), and then edits the log.
 */
final class Attacker {

    private final DataSource dataSource;

    Attacker(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs statements with triggers (and foreign keys) off, committed at once. */
    void tamper(String... statements) {
        try (var connection = dataSource.getConnection()) {
            var session = new SingleConnectionDataSource(connection, true);
            var jdbc = JdbcClient.create(session);
            jdbc.sql("SET session_replication_role = replica").update();
            try {
                for (var statement : statements) {
                    jdbc.sql(statement).update();
                }
            } finally {
                jdbc.sql("SET session_replication_role = origin").update();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes whole chains, entries and heads: what tests do to clean up after themselves. */
    void removeChains(int... chains) {
        for (int chain : chains) {
            tamper(
                    "DELETE FROM audit_entry WHERE chain_no = " + chain,
                    "DELETE FROM audit_chain WHERE chain_no = " + chain);
        }
    }
}
