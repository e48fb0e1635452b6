package org.ansim.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A console's SSE connection as a browser's EventSource makes it, read line by line. */
final class SseConnection implements AutoCloseable {

    record Event(String name, String id, String data, long receivedNanos) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread reader;

    private SseConnection(Stream<String> lines) {
        this.lines = lines;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream with the session cookie; returns once the server has answered 200 and said "connected". */
    static SseConnection open(int port, String sessionCookie, @Nullable String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                .header("Cookie", sessionCookie)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            var connection = new SseConnection(response.body());
            assertThat(connection.comments.poll(5, TimeUnit.SECONDS)).isEqualTo("connected");
            return connection;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        String name = null;
        String id = null;
        var data = new StringBuilder();
        try {
            for (var iterator = lines.iterator(); iterator.hasNext(); ) {
                var line = iterator.next();
                if (line.isEmpty()) {
                    if (name != null || !data.isEmpty()) {
                        events.add(new Event(name, id, data.toString(), System.nanoTime()));
                    }
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException closed) {
            // the connection was closed
        }
    }

    /** The next event, or {@code null} if none came within {@code wait}. */
    @Nullable
    Event next(Duration wait) {
        try {
            return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event whose data names this alert, skipping others, or {@code null} after {@code wait}. */
    @Nullable
    Event nextAbout(AlertId alert, Duration wait) {
        var deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            var left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            var event = next(Duration.ofNanos(left));
            if (event == null) {
                return null;
            }
            if (event.data().contains(alert.toString())) {
                return event;
            }
        }
    }

    /** The next comment line (e.g. a heartbeat), or {@code null} if none came within {@code wait}. */
    @Nullable
    String nextComment(Duration wait) {
        try {
            return comments.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event that arrives within {@code wait}. */
    List<Event> drain(Duration wait) {
        var all = new ArrayList<Event>();
        var deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            var left = deadline - System.nanoTime();
            if (left <= 0) {
                return all;
            }
            var event = next(Duration.ofNanos(left));
            if (event == null) {
                return all;
            }
            all.add(event);
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
