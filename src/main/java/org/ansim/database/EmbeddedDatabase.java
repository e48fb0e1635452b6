package org.ansim.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server whose files live in one directory and survive restarts. One server runs per data
 * directory and JVM, so that every Spring context of a test run shares it. It can be stopped and started again on
 * the same port, which is how the outage tests take the database away under a running Ansim.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final Path directory;
    private final int port;
    private final boolean durableCommits;
    private EmbeddedPostgres server;

    private EmbeddedDatabase(Path directory, int port, boolean durableCommits) {
        this.directory = directory;
        this.port = port;
        this.durableCommits = durableCommits;
    }

    /**
     * The server for this data directory, started on first use. Data that is kept ({@code clean} false: Ansim running)
     * is committed durably; a throw-away test database is not.
     */
    public static EmbeddedDatabase forDirectory(Path dataDir, boolean clean) {
        return forDirectory(dataDir, clean, !clean);
    }

    /**
     * @param durableCommits whether a commit waits until its WAL is on disk ({@code synchronous_commit}), so that a
     *     crash of PostgreSQL or of the machine cannot take back what Ansim already answered "accepted" to. The
     *     embedded server's own default is off; only a throw-away test database may run so.
     */
    public static EmbeddedDatabase forDirectory(Path dataDir, boolean clean, boolean durableCommits) {
        var directory = dataDir.toAbsolutePath().normalize().resolve("postgres");
        return RUNNING.computeIfAbsent(directory, dir -> {
            var database = new EmbeddedDatabase(dir, freePort(), durableCommits);
            database.start(clean);
            Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-postgres-stop"));
            return database;
        });
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the server again after {@link #stop()}, on the same port and files. */
    public synchronized void start() {
        start(false);
    }

    private synchronized void start(boolean clean) {
        if (server != null) {
            return;
        }
        try {
            if (clean) {
                wipe(directory);
            }
            Files.createDirectories(directory);
            long started = System.nanoTime();
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "Asia/Seoul")
                    .setServerConfig("synchronous_commit", durableCommits ? "on" : "off")
                    .start();
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms, {} commits)",
                    port,
                    directory,
                    (System.nanoTime() - started) / 1_000_000,
                    durableCommits ? "durable" : "fast, not durable");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + directory, e);
        }
    }

    /** Stops the server; the files stay. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
            log.info("Embedded PostgreSQL on port {} stopped", port);
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    private static void wipe(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
