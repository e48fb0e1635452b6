package org.ansim.alerts.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ansim.alerts.AlertView;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's ear on PostgreSQL: one dedicated connection (outside the pool) that LISTENs on {@value
 * AlertTable#CHANNEL} and polls for notifications on a virtual thread. Every alert change on every node (this one
 * included) arrives here once its transaction has committed, and is handed to the local {@link AlertStream}. When the
 * database goes away, it reconnects by itself and catches up on what changed meanwhile.
 */
@Component
class AlertNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertNotifications.class);
    private static final int POLL_MILLIS = 500;
    private static final long CHECK_IDLE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Credentials credentials;
    private final AlertTable table;
    private final AlertStream stream;
    private final AlertProperties properties;
    private final CountDownLatch firstListen = new CountDownLatch(1);
    private volatile boolean running;
    private volatile @Nullable Thread worker;
    private volatile @Nullable Connection connection;
    private long lastSeen = -1;

    AlertNotifications(DataSource dataSource, AlertTable table, AlertStream stream, AlertProperties properties) {
        this.credentials = Credentials.of(dataSource);
        this.table = table;
        this.stream = stream;
        this.properties = properties;
    }

    record Credentials(
            String url, @Nullable String username, @Nullable String password) {
        static Credentials of(DataSource dataSource) {
            try {
                if (dataSource.isWrapperFor(HikariDataSource.class)) {
                    var hikari = dataSource.unwrap(HikariDataSource.class);
                    return new Credentials(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database settings for the alert listener", e);
            }
            throw new IllegalStateException("The alert listener needs a Hikari DataSource to learn the database URL");
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = Thread.ofVirtual().name("alert-listener").start(this::listen);
        try {
            if (!firstListen.await(10, TimeUnit.SECONDS)) {
                log.warn("The alert listener is not listening yet; it keeps trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        var thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the stream has ended its consoles, starts before it takes any. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    private void listen() {
        while (running) {
            try (var listening =
                    DriverManager.getConnection(credentials.url(), credentials.username(), credentials.password())) {
                connection = listening;
                try (var statement = listening.createStatement()) {
                    statement.execute("LISTEN " + AlertTable.CHANNEL);
                }
                catchUp();
                firstListen.countDown();
                poll(listening, listening.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException failure) {
                if (running) {
                    log.warn(
                            "Alert listener lost the database ({}); reconnecting in {}",
                            failure.getClass().getSimpleName(),
                            properties.listenerRetry());
                    pause();
                }
            } finally {
                connection = null;
            }
        }
    }

    private void poll(Connection listening, PGConnection notifications) throws SQLException {
        var lastActivity = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) {
                deliver(received);
                lastActivity = System.nanoTime();
            } else if (System.nanoTime() - lastActivity > CHECK_IDLE_NANOS) {
                if (!listening.isValid(2)) {
                    throw new SQLException("The LISTEN connection is no longer valid");
                }
                lastActivity = System.nanoTime();
            }
        }
    }

    private void deliver(PGNotification[] received) {
        var sequences = new ArrayList<Long>(received.length);
        for (var notification : received) {
            try {
                sequences.add(Long.parseLong(notification.getParameter()));
            } catch (NumberFormatException ignored) {
                log.warn("Ignoring a notification on {} that is not a sequence", AlertTable.CHANNEL);
            }
        }
        publish(table.findBySequences(sequences));
        sequences.forEach(sequence -> lastSeen = Math.max(lastSeen, sequence));
    }

    /** After a (re)connection: what changed while nobody was listening; on the very first, only where we start. */
    private void catchUp() {
        if (lastSeen < 0) {
            lastSeen = table.latestSequence();
            return;
        }
        publish(table.findChangedAfter(lastSeen));
    }

    private void publish(List<AlertView> alerts) {
        stream.publish(alerts);
        alerts.forEach(alert -> lastSeen = Math.max(lastSeen, alert.sequence()));
    }

    private void pause() {
        try {
            Thread.sleep(properties.listenerRetry());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that is gone already
        }
    }
}
