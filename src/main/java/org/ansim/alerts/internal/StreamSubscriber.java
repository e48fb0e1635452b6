package org.ansim.alerts.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One connected console. Events wait in its own bounded queue and are written by its own virtual thread, so a slow
 * browser delays nobody else; a browser too slow to keep up is disconnected and catches up by replay when it
 * reconnects with {@code Last-Event-ID}.
 */
final class StreamSubscriber {

    private static final Logger log = LoggerFactory.getLogger(StreamSubscriber.class);
    private static final int QUEUE_LIMIT = 1_000;
    private static final Object HEARTBEAT = new Object();
    private static final Object END = new Object();

    private final SseEmitter emitter;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    private volatile boolean closed;

    StreamSubscriber(SseEmitter emitter) {
        this.emitter = emitter;
    }

    /** Starts writing: a first comment (so the browser knows it is connected), the replay, then live events. */
    void start(List<StreamEvent> replay) {
        Thread.ofVirtual().name("alert-stream-subscriber").start(() -> run(replay));
    }

    void offer(StreamEvent event) {
        enqueue(event);
    }

    void heartbeat() {
        enqueue(HEARTBEAT);
    }

    /** Stops writing; the emitter has completed, timed out or failed. */
    void close() {
        closed = true;
        queue.clear();
        queue.offer(END);
    }

    boolean isClosed() {
        return closed;
    }

    /** Ends the stream from the server's side (shutdown); the browser reconnects elsewhere. */
    void complete() {
        close();
        emitter.complete();
    }

    private void enqueue(Object item) {
        if (closed) {
            return;
        }
        if (!queue.offer(item)) {
            log.info("An alert stream fell {} events behind; disconnecting it so it replays", QUEUE_LIMIT);
            close();
            emitter.complete();
        }
    }

    private void run(List<StreamEvent> replay) {
        Set<Long> replayed = new HashSet<>();
        try {
            emitter.send(SseEmitter.event().comment("connected"));
            for (var event : replay) {
                send(event);
                replayed.add(event.sequence());
            }
            while (!closed) {
                var item = queue.take();
                if (item == END) {
                    return;
                }
                if (item == HEARTBEAT) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                } else if (item instanceof StreamEvent event && !replayed.contains(event.sequence())) {
                    send(event);
                }
            }
        } catch (IOException | IllegalStateException gone) {
            close();
            emitter.completeWithError(gone);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    private void send(StreamEvent event) throws IOException {
        emitter.send(SseEmitter.event()
                .name("alert")
                .id(Long.toString(event.sequence()))
                .data(event.json()));
    }
}
