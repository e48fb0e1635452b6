package org.ansim.web.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means the database is away (restart, fail-over, full disk), not that the input was bad. It
 * looks through causes and suppressed exceptions, since a connection lost mid-transaction often surfaces as a
 * failed roll-back.
 */
final class DatabaseFailures {

    private DatabaseFailures() {}

    static boolean isDatabaseAway(Throwable failure) {
        return isDatabaseAway(failure, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isDatabaseAway(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof CannotGetJdbcConnectionException
                || failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof ConnectException) {
            return true;
        }
        if (failure instanceof SQLException sql && isConnectionLoss(sql)) {
            return true;
        }
        for (var suppressed : failure.getSuppressed()) {
            if (isDatabaseAway(suppressed, seen)) {
                return true;
            }
        }
        return isDatabaseAway(failure.getCause(), seen);
    }

    private static boolean isConnectionLoss(SQLException sql) {
        var state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53100"))) {
            return true;
        }
        var message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("connection is closed")
                || message.contains("connection has been closed")
                || message.contains("terminating connection");
    }
}
