package org.ansim.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ansim.AnsimApplication;
import org.ansim.database.EmbeddedDatabase;

/**
 * Ansim in a JVM of its own (a child process with the test's class path), on the test JVM's PostgreSQL, in
 * production mode. It can be killed with SIGKILL, as a crashing server would die: no shutdown hook, no graceful stop.
 */
public final class AnsimProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final Process process;
    private final int port;
    private final Path log;

    private AnsimProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a node and returns once {@code /actuator/health} says UP. Like every node of one installation it shares
     * the database and the privacy key sets ({@code keyset}) with the others.
     */
    public static AnsimProcess start(EmbeddedDatabase database, Path keyset, String name, Duration startWithin) {
        var port = freePort();
        try {
            var directory = Files.createDirectories(Path.of("target", "ansim-processes"));
            var log = directory.resolve(name + ".log");
            var arguments = directory.resolve(name + ".args");
            Files.writeString(arguments, "-cp \"" + classPath().replace("\\", "\\\\") + "\"\n");
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var builder = new ProcessBuilder(
                            java,
                            "@" + arguments.toAbsolutePath(),
                            "-Xshare:off",
                            "-XX:+UseSerialGC",
                            "-Xmx512m",
                            AnsimApplication.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            var environment = builder.environment();
            environment.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "postgres");
            environment.put("SERVER_PORT", Integer.toString(port));
            environment.put("ANSIM_DEMO", "false");
            environment.put("ANSIM_KEYSET", keyset.toAbsolutePath().toString());
            environment.put("ANSIM_DATA_DIR", directory.resolve(name + "-data").toString());
            environment.put("LOGGING_LEVEL_ROOT", "WARN");
            environment.put("LOGGING_LEVEL_ORG_ANSIM", "INFO");
            environment.put("LOGGING_LEVEL_ANSIM_CLIENT_USE", "WARN");
            var node = new AnsimProcess(builder.start(), port, log);
            node.awaitHealthy(startWithin);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** SIGKILL, then waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The killed node did not go away");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String logTail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The operating system's process id (db-scheduler names a node after it). */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration within) {
        var deadline = System.nanoTime() + within.toNanos();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Ansim exited while starting:\n" + logTail());
            }
            try {
                var response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("Ansim was not healthy within " + within + ":\n" + logTail());
    }

    /** Surefire runs tests from a manifest-only jar and names the real class path in a property of its own. */
    private static String classPath() {
        var path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator)).stream()
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
